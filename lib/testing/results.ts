// For tests: the data of a successful read, or null when it was refused.
import type { Refusal } from '@/lib/forms/result';

export function dataOf<T>(result: { ok: true; data: T } | Refusal): T | null {
  return result.ok ? result.data : null;
}
