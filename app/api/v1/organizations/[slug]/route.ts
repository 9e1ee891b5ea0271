// GET /api/v1/organizations/<slug>: one record (lib/api, docs/api.md).
import { apiRecordRoute } from '@/lib/api/route';

export const GET = apiRecordRoute('organizations');
