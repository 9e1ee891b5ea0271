// Password sign-in. The sign-in form posts here: with JavaScript it asks for JSON and shows errors in
// place (401, 429 with Retry-After); without, it is redirected (303) to where it was going or back to
// the form with the error. A route handler rather than a server action, because only it can answer 429.
// A post from another site is refused (403) before anything is read.
import { NextResponse, type NextRequest } from 'next/server';
import { signIn } from '@/lib/auth/config';
import { clientAddress } from '@/lib/auth/request';
import { callbackPathSchema, signInSchema } from '@/lib/auth/schemas';
import { checkPasswordSignIn } from '@/lib/auth/sign-in';
import { continueSignIn } from '@/lib/auth/sign-in-steps';
import { redirectToPath } from '@/lib/site/redirects';
import { hrefWith } from '@/lib/site/search-params';
import { refuseCrossSite } from '@/lib/site/same-origin';

async function readBody(request: NextRequest): Promise<Record<string, unknown>> {
  const type = request.headers.get('content-type') ?? '';
  if (type.includes('application/json'))
    return ((await request.json().catch(() => ({}))) ?? {}) as Record<string, unknown>;
  const form = await request.formData().catch(() => null);
  return form ? Object.fromEntries(form.entries()) : {};
}

export async function POST(request: NextRequest) {
  const crossSite = refuseCrossSite(request);
  if (crossSite) return crossSite;
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  const body = await readBody(request);
  const parsed = signInSchema.safeParse(body);

  const fail = (status: number, error: string, extra: Record<string, unknown> = {}, retryAfter?: number) => {
    if (wantsJson) {
      return NextResponse.json(
        { ok: false, error, ...extra },
        { status, headers: retryAfter ? { 'Retry-After': String(retryAfter) } : undefined },
      );
    }
    const back = hrefWith('/sign-in', {
      error,
      retryAfter: retryAfter ? String(retryAfter) : undefined,
      email: typeof body.email === 'string' ? body.email.slice(0, 254) : undefined,
      callbackUrl: body.callbackUrl === undefined ? undefined : callbackPathSchema.parse(body.callbackUrl),
    });
    return redirectToPath(back, 303);
  };

  if (!parsed.success) {
    const { fieldErrors } = parsed.error.flatten();
    return fail(400, 'invalidInput', { fieldErrors });
  }
  const { email, password, callbackUrl } = parsed.data;
  const result = await checkPasswordSignIn(email, password, await clientAddress());
  if (!result.ok) {
    if (result.reason === 'rate-limited')
      return fail(429, 'rateLimited', { retryAfterSeconds: result.retryAfterSeconds }, result.retryAfterSeconds);
    return fail(
      result.reason === 'suspended' ? 403 : 401,
      result.reason === 'suspended' ? 'suspended' : 'invalidCredentials',
    );
  }
  // A member with a second factor (or staff who must set one up) is sent to that step first.
  const next = await continueSignIn(result.ticket, callbackUrl);
  const goTo = 'secondStep' in next ? next.secondStep : callbackUrl;
  if ('signInWith' in next) await signIn('credentials', { ticket: next.signInWith, redirect: false });
  return wantsJson ? NextResponse.json({ ok: true, redirectTo: goTo }) : redirectToPath(goTo, 303);
}
