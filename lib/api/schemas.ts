// The JSON API's query parameters (/api/v1/<resource>?region=africa&fields=slug,name&limit=50&
// cursor=…&changedSince=2026-01-01T00:00:00Z). A list takes the same filters as its page, parsed by
// the page's own schema for each value; but where a page ignores a value it cannot read (so a
// hand-edited address never fails), the API names the bad parameter in a 400: a program that
// misspells a filter must not silently receive everything.
import { z } from 'zod';
import { firstValue } from '@/lib/site/search-params';

/** Records in a page when `limit` is not given, and the most a page may hold. */
export const apiDefaultLimit = 20;
export const apiMaxLimit = 100;

/** One filter of a list: how its value is read (a page's parameter schema) and how the API documents it. */
export interface ApiFilter {
  /** Reads the value; undefined for one it cannot read (the pages' parameter schemas do so). */
  parse: z.ZodType;
  description: string;
  /** Its JSON Schema, for the OpenAPI document. */
  schema: Record<string, unknown>;
  /** Whether a request must give it (the search's words). */
  required?: boolean;
}

/** What is wrong with one parameter, in words a developer reads in the 400's body. */
export interface ParameterProblem {
  parameter: string;
  problem: string;
}

/** Where a page ends: the last record's values of the keys its list is ordered by, or an offset in a ranked list. */
export interface ApiCursor {
  /** The order the cursor belongs to (a cursor of another order or list is refused). */
  order: string;
  after: (string | number | null)[];
}

const cursorSchema = z.object({
  order: z.string().max(40),
  after: z.array(z.union([z.string().max(400), z.number(), z.null()])).max(5),
});

export function encodeCursor(cursor: ApiCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(text: string): ApiCursor | null {
  if (text.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const limitSchema = z.coerce.number().int().min(1).max(apiMaxLimit);
/** A moment with its offset (2026-01-31T12:00:00Z), or a day (2026-01-31, its start in UTC). */
const momentSchema = z.union([z.iso.datetime({ offset: true }), z.iso.date()]).transform((text) => new Date(text));

export interface ApiQuery {
  filters: Record<string, unknown>;
  /** The fields asked for (the record's key always comes too); all when none were named. */
  fields: string[] | null;
  limit: number;
  cursor: ApiCursor | null;
  changedSince: Date | null;
}

export interface ApiQuerySpec {
  filters: Record<string, ApiFilter>;
  /** The fields a record of the list has. */
  fields: readonly string[];
  /** Whether it is paged (takes limit and cursor): a list is, one record is not. */
  paged: boolean;
  /** Whether the list takes changedSince (its records have a time of last change). */
  changedSince: boolean;
}

/**
 * A list's query, read strictly: each filter by its page's own schema, a value it cannot read, an
 * unknown or repeated parameter, an unknown field or a bad limit, cursor or date named in `problems`.
 */
export function parseApiQuery(
  query: URLSearchParams,
  spec: ApiQuerySpec,
): { ok: true; query: ApiQuery } | { ok: false; problems: ParameterProblem[] } {
  const problems: ParameterProblem[] = [];
  const known = new Set<string>([...Object.keys(spec.filters), 'fields', ...(spec.paged ? ['limit', 'cursor'] : [])]);
  if (spec.changedSince) known.add('changedSince');
  for (const name of new Set(query.keys())) {
    if (!known.has(name)) {
      problems.push({ parameter: name, problem: `unknown parameter; this list takes: ${[...known].join(', ')}` });
    } else if (query.getAll(name).length > 1) {
      problems.push({ parameter: name, problem: 'given more than once' });
    }
  }

  const filters: Record<string, unknown> = {};
  for (const [name, filter] of Object.entries(spec.filters)) {
    const given = query.get(name);
    if (given === null || given.trim() === '') {
      if (filter.required) problems.push({ parameter: name, problem: 'required' });
      continue;
    }
    const parsed = filter.parse.safeParse(firstValue(given));
    if (!parsed.success || parsed.data === undefined) {
      problems.push({ parameter: name, problem: `invalid value: ${filter.description}` });
    } else {
      filters[name] = parsed.data;
    }
  }

  let fields: string[] | null = null;
  const fieldList = query.get('fields');
  if (fieldList !== null) {
    const named = fieldList
      .split(',')
      .map((field) => field.trim())
      .filter(Boolean);
    const unknown = named.filter((field) => !spec.fields.includes(field));
    if (named.length === 0 || unknown.length > 0) {
      problems.push({
        parameter: 'fields',
        problem: `${unknown.length > 0 ? `unknown ${unknown.slice(0, 5).join(', ')}` : 'empty'}; the fields are: ${spec.fields.join(', ')}`,
      });
    } else {
      fields = [...new Set(named)];
    }
  }

  let limit = apiDefaultLimit;
  const limitText = spec.paged ? query.get('limit') : null;
  if (limitText !== null) {
    const parsed = limitSchema.safeParse(limitText);
    if (parsed.success) limit = parsed.data;
    else problems.push({ parameter: 'limit', problem: `a whole number from 1 to ${apiMaxLimit}` });
  }

  let cursor: ApiCursor | null = null;
  const cursorText = spec.paged ? query.get('cursor') : null;
  if (cursorText !== null) {
    cursor = decodeCursor(cursorText);
    if (!cursor) problems.push({ parameter: 'cursor', problem: 'not a cursor this API gave (use links.next)' });
  }

  let changedSince: Date | null = null;
  const changedText = spec.changedSince ? query.get('changedSince') : null;
  if (changedText !== null) {
    const parsed = momentSchema.safeParse(changedText);
    if (parsed.success && !Number.isNaN(parsed.data.getTime())) changedSince = parsed.data;
    else
      problems.push({
        parameter: 'changedSince',
        problem: 'a date (2026-01-31) or a time with its offset (2026-01-31T12:00:00Z)',
      });
  }

  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, query: { filters, fields, limit, cursor, changedSince } };
}
