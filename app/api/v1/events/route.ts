// GET /api/v1/events: the list, with its page's filters (lib/api, docs/api.md).
import { apiListRoute } from '@/lib/api/route';

export const GET = apiListRoute('events');
