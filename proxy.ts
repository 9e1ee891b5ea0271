// Comfort only: sends visitors without a session cookie from member and staff pages to the sign-in
// page, back to where they were going afterwards. Every page, action and route handler under these
// paths still checks the viewer and the policy itself; a cookie here proves nothing.
import { NextResponse, type NextRequest } from 'next/server';

const sessionCookies = ['authjs.session-token', '__Secure-authjs.session-token'];

export function proxy(request: NextRequest) {
  if (sessionCookies.some((name) => request.cookies.has(name))) return NextResponse.next();
  const signIn = new URL('/sign-in', request.url);
  signIn.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ['/account/:path*', '/manage/:path*'] };
