// GET /api/v1/openapi.json: the API's OpenAPI 3.1 document, built from its declarations (lib/api/openapi.ts).
import { openApiDocument } from '@/lib/api/openapi';

export function GET(): Response {
  return Response.json(openApiDocument(), {
    headers: { 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' },
  });
}
