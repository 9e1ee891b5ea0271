// Every redirect the portal sends keeps the browser on the host it asked for (a relative Location),
// and sign-in only ever returns to a path on this portal, whatever a crafted link says.
import { expect, test } from '@playwright/test';
import { demoAccounts, demoPassword } from '../prisma/seed';

const member = demoAccounts.find((account) => account.role === 'MEMBER')!;

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
