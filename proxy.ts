// Two things, both about who is asking, neither of them a guard:
//  - comfort: visitors without a session cookie are sent from member and staff pages to sign in,
//    and back afterwards. Every page, action and route handler there checks the viewer and the
//    policy itself; a cookie here proves nothing.
//  - cost: a visitor's GET for a public page is answered from the page cache, by rewriting it to
//    the page's cached copy (lib/site/page-cache.ts, docs/decisions/008-visitor-page-cache.md).
//    Anyone with a session cookie gets the page rendered for them, as before.
import { NextResponse, type NextRequest } from 'next/server';
import { hasSessionCookie, visitorCachePath, visitorCachePrefix } from '@/lib/site/page-cache';

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const signedIn = hasSessionCookie(request.cookies.getAll().map((cookie) => cookie.name));

  if (pathname === '/account' || pathname.startsWith('/account/') || pathname.startsWith('/manage')) {
    if (signedIn) return NextResponse.next();
    const signIn = new URL('/sign-in', request.url);
    signIn.searchParams.set('callbackUrl', `${pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(signIn);
  }
  // The cached copies are reached only through the rewrite below.
  if (pathname === visitorCachePrefix || pathname.startsWith(`${visitorCachePrefix}/`)) {
    return NextResponse.rewrite(new URL('/not-found', request.url));
  }
  if (!signedIn && (request.method === 'GET' || request.method === 'HEAD')) {
    const cached = visitorCachePath(pathname, searchParams);
    if (cached) return NextResponse.rewrite(new URL(cached, request.url));
  }
  return NextResponse.next();
}

// Everything but Next's own files and the API (which answers for itself).
export const config = { matcher: ['/((?!_next/|api/|favicon\\.ico$|.*\\.(?:svg|png|ico|txt|webmanifest)$).*)'] };
