// GET /api/v1/search?q=…: the search, as JSON (lib/api/search.ts, docs/api.md).
import { apiSearchRoute } from '@/lib/api/route';

export const GET = apiSearchRoute;
