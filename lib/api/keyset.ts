// Keyset pages for the JSON API: a page ends at its last record, and the next one starts after that
// record's values of the keys the list is ordered by (an index's order), so a client walking a
// list while it changes neither skips nor repeats a record, and the thousandth page costs what the
// first does (an offset would read and drop every record before it).
import type { ApiCursor } from './schemas';

/** One key of a list's order, as the index it reads is ordered. */
export interface OrderKey {
  field: string;
  direction: 'asc' | 'desc';
  type: 'text' | 'time' | 'number';
  /** Whether it may be null: PostgreSQL sorts nulls first in a descending order, last in an ascending one. */
  nullable?: boolean;
}

export type CursorValue = string | number | null;

/** The Prisma orderBy of an order. */
export function orderByOf(order: readonly OrderKey[]): Record<string, 'asc' | 'desc'>[] {
  return order.map((key) => ({ [key.field]: key.direction }));
}

/** A record's values of the order's keys, as a cursor carries them. */
export function cursorValuesOf(order: readonly OrderKey[], row: Record<string, unknown>): CursorValue[] {
  return order.map((key) => {
    const value = row[key.field];
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string' || typeof value === 'number') return value;
    return null;
  });
}

/** A cursor's value for one key, typed for the query; undefined when it cannot be one of that key. */
function typedValue(key: OrderKey, value: CursorValue | undefined): string | number | Date | null | undefined {
  if (value === null) return key.nullable ? null : undefined;
  if (key.type === 'number') return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  if (key.type === 'text') return value;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? undefined : time;
}

type Where = Record<string, unknown>;

/** The records after `values` in `order`, for keys from `index` on. */
function after(order: readonly OrderKey[], values: (string | number | Date | null)[], index: number): Where | null {
  const key = order[index];
  if (!key) return null; // Past the last key: the same record, which is not after itself.
  const value = values[index] ?? null;
  const rest = after(order, values, index + 1);
  const same: Where = { [key.field]: value === null ? null : value };
  const sameThenRest = rest ? [{ AND: [same, rest] }] : [];
  if (value === null) {
    // Nulls come first when descending: then every non-null value is after; last when ascending.
    const beyond = key.direction === 'desc' ? [{ [key.field]: { not: null } }] : [];
    return { OR: [...sameThenRest, ...beyond] };
  }
  const beyond: Where[] = [{ [key.field]: key.direction === 'asc' ? { gt: value } : { lt: value } }];
  if (key.direction === 'asc' && key.nullable) beyond.push({ [key.field]: null });
  return { OR: [...sameThenRest, ...beyond] };
}

/**
 * The condition "after the cursor's record" in `order` (named `orderName`), as a Prisma where; null
 * when the cursor is not one of this order (another list's, or values of the wrong kind).
 */
export function keysetWhere(orderName: string, order: readonly OrderKey[], cursor: ApiCursor): Where | null {
  if (cursor.order !== orderName || cursor.after.length !== order.length) return null;
  const values = order.map((key, index) => typedValue(key, cursor.after[index]));
  if (values.some((value) => value === undefined)) return null;
  return after(
    order,
    values.map((value) => value ?? null),
    0,
  );
}
