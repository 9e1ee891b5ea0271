// Refusing cross-site requests to route handlers that change state (login CSRF: a page on another
// site posting to /api/sign-in would sign the visitor's browser into the attacker's account).
// Server actions get the same check from Next itself; route handlers must ask for it.
import { NextResponse } from 'next/server';

/**
 * Whether a browser sent this request from another site. Browsers say so in Sec-Fetch-Site (all
 * current ones) or, failing that, in Origin; a request with neither comes from no browser page, so
 * it cannot carry a victim's cookies across sites and is let through.
 */
export function isCrossSite(headers: Headers): boolean {
  const site = headers.get('sec-fetch-site');
  if (site) return site !== 'same-origin' && site !== 'none';
  const origin = headers.get('origin');
  if (!origin) return false;
  if (origin === 'null') return true;
  try {
    return new URL(origin).host !== headers.get('host');
  } catch {
    return true;
  }
}

/** 403 for a cross-site request, else null: `return refuseCrossSite(request) ?? handle(request)`. */
export function refuseCrossSite(request: Request): NextResponse | null {
  return isCrossSite(request.headers) ? NextResponse.json({ ok: false, error: 'crossSite' }, { status: 403 }) : null;
}
