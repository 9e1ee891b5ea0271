// Facts about the incoming request that auth and the audit log need.
import 'server-only';
import { headers } from 'next/headers';

/**
 * The client's address: the first X-Forwarded-For hop set by the reverse proxy in front of the
 * portal (docs/operations.md), else X-Real-IP, else "unknown" (all such clients then share limits).
 */
export async function clientAddress(): Promise<string> {
  const list = await headers();
  const forwarded = list.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || list.get('x-real-ip')?.trim() || 'unknown';
}

/** Facts about the request a write records in the audit log. */
export interface RequestMeta {
  ip: string | null;
}
