// Sign-in as an attacker would try it: every redirect keeps the browser on the host it asked for (a
// relative Location), sign-in only ever returns to a path on this portal whatever a crafted link says,
// and a page on another site cannot post a sign-in (login CSRF).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { demoAccounts, demoPassword } from '../prisma/seed';

const member = demoAccounts.find((account) => account.role === 'MEMBER')!;

/**
 * A form post exactly as the browser sends it (to replay it changed), kept from reaching the
 * server: `submit` sends the form, the post to `pattern` is captured and aborted.
 */
async function captureFormPost(page: Page, pattern: string, submit: () => Promise<unknown>) {
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | null = null;
  await page.route(pattern, async (route) => {
    const request = route.request();
    if (request.method() !== 'POST') return route.continue();
    captured = { url: request.url(), headers: request.headers(), body: request.postDataBuffer()! };
    return route.abort();
  });
  // The aborted post makes the click's navigation fail: that is the point.
  await submit().catch(() => {});
  await expect.poll(() => captured !== null).toBe(true);
  await page.unroute(pattern);
  return captured!;
}

test('redirects name a path, not a host', async ({ playwright, baseURL }) => {
  const visitor = await playwright.request.newContext({ baseURL });
  const toSignIn = await visitor.get('/account/organization?org=x', { maxRedirects: 0 });
  expect(toSignIn.status()).toBe(307);
  expect(toSignIn.headers()['location']).toBe('/sign-in?callbackUrl=%2Faccount%2Forganization%3Forg%3Dx');

  // Password sign-in without JavaScript: a failure goes back to the form, a success on to the page.
  const failed = await visitor.post('/api/sign-in', {
    form: { email: `nobody-${Date.now()}@example.org`, password: 'not the password', callbackUrl: '/directory' },
    maxRedirects: 0,
  });
  expect(failed.status()).toBe(303);
  expect(failed.headers()['location']).toMatch(/^\/sign-in\?error=invalidCredentials&/);
  const signedIn = await visitor.post('/api/sign-in', {
    form: { email: member.email, password: demoPassword, callbackUrl: '/directory?region=africa' },
    maxRedirects: 0,
  });
  expect(signedIn.status()).toBe(303);
  expect(signedIn.headers()['location']).toBe('/directory?region=africa');
  await visitor.dispose();
});

test('sign-in never returns to another site, however the link is written', async ({ playwright, baseURL }) => {
  for (const hostile of ['/\t/evil.example', '//evil.example', '/\\evil.example', 'https://evil.example/', '/\n/x']) {
    const context = await playwright.request.newContext({ baseURL });
    const response = await context.post('/api/sign-in', {
      form: { email: member.email, password: demoPassword, callbackUrl: hostile },
      maxRedirects: 0,
    });
    expect(response.headers()['location'], JSON.stringify(hostile)).toBe('/account');
    await context.dispose();
  }
});

test('a member following a crafted sign-in link lands on their account', async ({ page }) => {
  await page.goto('/sign-in?callbackUrl=%2F%09%2Fevil.example');
  await page.getByLabel('Email address').fill(member.email);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
});

test('a page on another site cannot sign a browser in (login CSRF): 403 and no session', async ({
  playwright,
  baseURL,
}) => {
  const foreignHeaders: Record<string, string>[] = [
    { origin: 'https://evil.example' },
    { 'sec-fetch-site': 'cross-site' },
  ];
  for (const foreign of foreignHeaders) {
    const context = await playwright.request.newContext({ baseURL });
    const response = await context.post('/api/sign-in', {
      headers: foreign,
      form: { email: member.email, password: demoPassword },
      maxRedirects: 0,
    });
    expect(response.status(), JSON.stringify(foreign)).toBe(403);
    expect((await context.storageState()).cookies.map((cookie) => cookie.name)).not.toContain('authjs.session-token');
    await context.dispose();
  }
  const context = await playwright.request.newContext({ baseURL });
  const sameSite = await context.post('/api/sign-in', {
    headers: { origin: new URL(baseURL!).origin, 'sec-fetch-site': 'same-origin' },
    form: { email: member.email, password: demoPassword },
    maxRedirects: 0,
  });
  expect(sameSite.status()).toBe(303);
  await context.dispose();
});

test('a server action posted from another site is refused, and the same post from the portal works', async ({
  newMember,
  browser,
}) => {
  // The name form posted without JavaScript, captured as the browser sends it, then replayed.
  const context = await browser.newContext({
    storageState: await newMember.context.storageState(),
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto('/account');
  const wanted = `Renamed across sites ${Date.now()}`;
  await page.getByRole('region', { name: 'Change your name' }).getByLabel('Name', { exact: true }).fill(wanted);
  const { url, headers, body } = await captureFormPost(page, '**/account', () =>
    page.getByRole('button', { name: 'Save name' }).click(),
  );

  const foreign = await page.request.post(url, {
    headers: { ...headers, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    data: body,
    maxRedirects: 0,
  });
  expect(foreign.status()).toBeGreaterThanOrEqual(400);
  await page.goto('/account');
  await expect(page.getByLabel('Name', { exact: true })).not.toHaveValue(wanted);

  const own = await page.request.post(url, { headers, data: body, maxRedirects: 0 });
  expect(own.status()).toBeLessThan(400);
  await page.goto('/account');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(wanted);
  await context.close();
});

test('signing out without JavaScript lands on the host the browser asked for, whatever forwarding headers say', async ({
  newMember,
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    storageState: await newMember.context.storageState(),
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto('/account');
  const { url, headers, body } = await captureFormPost(page, '**/account', () =>
    page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click(),
  );

  // A client (not a proxy the portal trusts) claims another host: the portal does not believe it.
  const signedOut = await page.request.post(url, {
    headers: {
      ...headers,
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
      forwarded: 'host=evil.example;proto=https',
    },
    data: body,
    maxRedirects: 0,
  });
  expect(signedOut.status()).toBe(303);
  const location = signedOut.headers()['location']!;
  expect(new URL(location, baseURL).origin).toBe(new URL(baseURL!).origin);
  await context.close();
});
