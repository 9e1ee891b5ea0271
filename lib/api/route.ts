// The GET handlers of the JSON API (app/api/v1/…): a rate limit per client address, the query read
// strictly (lib/api/schemas.ts), the list or record read as a visitor, and one envelope for every
// list: { totalCount, count, data, links: { self, next } }. Errors are JSON too, and name the
// parameter at fault.
import 'server-only';
import { consumeLimits } from '@/lib/auth/rate-limit';
import { clientAddress } from '@/lib/auth/request';
import { countSearchForRequest } from '@/lib/search/queries';
import { absoluteUrl } from '@/lib/site/settings';
import { apiResources, type ApiPage, type ApiResourceName } from './queries';
import { encodeCursor, parseApiQuery, type ApiQuery, type ApiQuerySpec, type ParameterProblem } from './schemas';
import { apiSearch, searchApi } from './search';

/** Public data, the same for everyone: any site may read it, and a shared cache may keep it a minute. */
const publicHeaders = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'public, max-age=60',
  'access-control-allow-origin': '*',
};

/**
 * JSON text with <, > and & written as \u escapes (the same JSON once parsed): stored text such as a
 * theme's label comes back verbatim, and this way it can never read as markup, even to a client
 * that wrongly shows the answer as HTML.
 */
function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** An error as JSON: its status, a sentence, and the parameters at fault. */
function apiError(
  status: 400 | 404 | 429,
  message: string,
  options: { parameters?: ParameterProblem[]; retryAfterSeconds?: number } = {},
): Response {
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'access-control-allow-origin': '*',
  };
  if (options.retryAfterSeconds) headers['retry-after'] = String(options.retryAfterSeconds);
  const parameters = options.parameters?.map(({ parameter, problem }) => ({ name: parameter, problem }));
  return new Response(jsonText({ error: { status, message, ...(parameters ? { parameters } : {}) } }), {
    status,
    headers,
  });
}

function tooManyRequests(seconds: number): Response {
  return apiError(429, `Too many requests: try again in ${seconds} seconds.`, { retryAfterSeconds: seconds });
}

/** Counts the request against its address's API limit: the 429 to answer, or null. */
async function overLimit(): Promise<Response | null> {
  const wait = await consumeLimits([['api:address', { ip: await clientAddress() }]]);
  return wait > 0 ? tooManyRequests(wait) : null;
}

function badParameters(problems: ParameterProblem[]): Response {
  const names = [...new Set(problems.map((problem) => problem.parameter))].join(', ');
  return apiError(400, `Bad parameter: ${names}.`, { parameters: problems });
}

/** The record with only the asked fields (and its key, always). */
function project(record: object, key: string | null, fields: string[] | null): object {
  if (!fields) return record;
  const chosen = key && !fields.includes(key) ? [key, ...fields] : fields;
  const values: Record<string, unknown> = { ...record };
  return Object.fromEntries(chosen.map((field) => [field, values[field]]));
}

/** Reads the query, or answers the request: a 400 for bad parameters, a 429 over a limit. */
async function readQuery(url: URL, spec: ApiQuerySpec): Promise<ApiQuery | Response> {
  const limited = await overLimit();
  if (limited) return limited;
  const parsed = parseApiQuery(url.searchParams, spec);
  if (!parsed.ok) return badParameters(parsed.problems);
  // Words cost what a search costs, and count against the same limit as the search page.
  if (parsed.query.filters.q) {
    const wait = await countSearchForRequest();
    if (wait > 0) return tooManyRequests(wait);
  }
  return parsed.query;
}

function listResponse(url: URL, query: ApiQuery, page: ApiPage<object>, key: string | null): Response {
  const self = absoluteUrl(`${url.pathname}${url.search}`);
  let next: string | null = null;
  if (page.next) {
    const nextQuery = new URLSearchParams(url.searchParams);
    nextQuery.set('cursor', encodeCursor(page.next));
    next = absoluteUrl(`${url.pathname}?${nextQuery.toString()}`);
  }
  const data = page.records.map((record) => project(record, key, query.fields));
  return new Response(
    jsonText({
      totalCount: page.totalCount,
      ...(page.totalCountIsLowerBound !== undefined ? { totalCountIsLowerBound: page.totalCountIsLowerBound } : {}),
      count: data.length,
      data,
      links: { self, next },
    }),
    { headers: publicHeaders },
  );
}

/** GET /api/v1/<list>. */
export function apiListRoute(name: ApiResourceName) {
  const resource = apiResources[name];
  const spec = {
    filters: resource.filters,
    fields: Object.keys(resource.record.shape),
    paged: true,
    changedSince: resource.changedSince,
  };
  return async function GET(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const query = await readQuery(url, spec);
    if (query instanceof Response) return query;
    const page = await resource.list(query);
    if ('problems' in page) return badParameters(page.problems);
    return listResponse(url, query, page, resource.key);
  };
}

/** What a record's key may look like: a slug (lib/forms/fields.ts slugPattern) or a country code, in any case. */
const recordKeyPattern = /^[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*$/;

/** GET /api/v1/<list>/<key>: { data, links: { self } }, or a 404. */
export function apiRecordRoute(name: ApiResourceName) {
  const resource = apiResources[name];
  // One record takes `fields` only: a page's limit or cursor is named in a 400, as any unknown parameter.
  const spec = { filters: {}, fields: Object.keys(resource.record.shape), paged: false, changedSince: false };
  return async function GET(request: Request, context: { params: Promise<Record<string, string>> }) {
    const url = new URL(request.url);
    const query = await readQuery(url, spec);
    if (query instanceof Response) return query;
    const key = Object.values(await context.params)[0] ?? '';
    // Every key is a slug or a country code: anything else names no record and never reaches a query.
    const record = recordKeyPattern.test(key) && key.length <= 200 ? await resource.one(key) : null;
    if (!record) return apiError(404, `No such ${resource.recordName.toLowerCase()}.`);
    return new Response(
      jsonText({
        data: project(record, resource.key, query.fields),
        links: { self: absoluteUrl(`${url.pathname}${url.search}`) },
      }),
      { headers: publicHeaders },
    );
  };
}

/** GET /api/v1/search. */
export async function apiSearchRoute(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const query = await readQuery(url, {
    filters: apiSearch.filters,
    fields: Object.keys(apiSearch.record.shape),
    paged: true,
    changedSince: false,
  });
  if (query instanceof Response) return query;
  const page = await searchApi(query);
  if ('problems' in page) return badParameters(page.problems);
  return listResponse(url, query, page, null);
}
