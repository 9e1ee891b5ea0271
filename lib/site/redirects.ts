// Redirects to a path on this portal from a route handler. The Location is relative, so the browser
// stays on the host it asked for: an absolute one would be built from the server's own idea of its
// host (request.url says http://localhost:3000 behind a proxy or on 127.0.0.1), and the session
// cookie lives on the other. (proxy.ts needs none of this: Next makes a same-host redirect from the
// proxy relative by itself, and refuses a relative Location there.)
import { NextResponse } from 'next/server';

/** `path` must be a path on this portal (see portalPath in lib/auth/schemas.ts for untrusted ones). */
export function redirectToPath(path: string, status: 303 | 307 = 307): NextResponse {
  return new NextResponse(null, { status, headers: { Location: path } });
}
