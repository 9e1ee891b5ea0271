// GET /api/v1/countries/<code>: one record (lib/api, docs/api.md).
import { apiRecordRoute } from '@/lib/api/route';

export const GET = apiRecordRoute('countries');
