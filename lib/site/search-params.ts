// Reading GET query parameters (Next gives string | string[] | undefined) and building links that
// keep the other parameters. Parsing of each page's filters lives in lib/<capability>/schemas.ts.
import slugify from '@sindresorhus/slugify';
import { z } from 'zod';

export type SearchParams = Record<string, string | string[] | undefined>;

/** A request's query as a page receives it: a repeated parameter as an array of its values. */
export function searchParamsFromQuery(query: URLSearchParams): SearchParams {
  const params: SearchParams = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    params[key] = values.length > 1 ? values : values[0];
  }
  return params;
}

/** The first value of a repeated parameter; `?a=1&a=2` reads as '1'. */
export function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** A page number: coerced from text, at least 1; anything else reads as 1. */
export const pageParam = z.preprocess(firstValue, z.coerce.number().int().min(1).max(100_000)).catch(1);

/** A URL slug such as a region's; an invalid value is ignored. */
export const slugParam = z
  .preprocess(
    firstValue,
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .max(120)
      .optional(),
  )
  .catch(undefined);

/**
 * A slug, also given as the words it was made from: `?theme=women%2C+peace+and+security` (a link from
 * before themes had slugs) reads as `women-peace-and-security`. Anything else is ignored.
 */
export const slugOrWordsParam = z.preprocess((value) => {
  const first = firstValue(value);
  return typeof first === 'string' && first.length <= 200 ? slugify(first) : undefined;
}, slugParam);

/** Free text; empty, too long or with control characters is ignored. */
export const textParam = z
  .preprocess(
    firstValue,
    z
      .string()
      .trim()
      .min(1)
      .max(120)
      // A control character (a NUL byte would reach PostgreSQL and fail there) makes it no filter.
      .regex(/^[^\u0000-\u001f\u007f]*$/)
      .optional(),
  )
  .catch(undefined);

/** One value of an enum (an object such as Prisma's `OrganizationType`); anything else is ignored. */
export function enumParam<const T extends Readonly<Record<string, string>>>(values: T) {
  return z.preprocess(firstValue, z.enum(values).optional()).catch(undefined);
}

/** An ISO 3166 alpha-2 country code such as "KE" (any case); anything else is ignored. */
export const countryParam = z
  .preprocess(
    firstValue,
    z
      .string()
      .trim()
      .regex(/^[a-zA-Z]{2}$/)
      .transform((code) => code.toUpperCase())
      .optional(),
  )
  .catch(undefined);

/** A BCP 47 language tag such as "en" or "pt-BR"; anything else is ignored. */
export const languageParam = z
  .preprocess(
    firstValue,
    z
      .string()
      .trim()
      .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/)
      .optional(),
  )
  .catch(undefined);

type QueryValues = Record<string, string | number | undefined | null>;

/** The query string of the given parameters (no `?`); undefined, empty and page 1 values are left out. */
export function queryWith(params: QueryValues): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (key === 'page' && Number(value) === 1) continue;
    query.set(key, String(value));
  }
  return query.toString();
}

/** `pathname` with the given parameters; undefined, empty and page 1 values are left out. */
export function hrefWith(pathname: string, params: QueryValues): string {
  const text = queryWith(params);
  return text ? `${pathname}?${text}` : pathname;
}
