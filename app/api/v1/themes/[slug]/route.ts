// GET /api/v1/themes/<slug>: one record (lib/api, docs/api.md).
import { apiRecordRoute } from '@/lib/api/route';

export const GET = apiRecordRoute('themes');
