// GET /api/v1/themes: the list, with its page's filters (lib/api, docs/api.md).
import { apiListRoute } from '@/lib/api/route';

export const GET = apiListRoute('themes');
