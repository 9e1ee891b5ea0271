// The sign-in journey: the only journey that types a password.
import { expect, test } from '@playwright/test';
import { demoAccounts, demoPassword } from '../prisma/seed';
import { expectNoAccessibilityViolations, membersOnlyPublications, slugOf } from './support';

const member = demoAccounts.find((account) => account.role === 'MEMBER')!;

test('a member signs in, sees members-only publications, and signs out', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Member sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Member sign in' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByLabel('Email address').fill(member.email);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(member.email);
  await expectNoAccessibilityViolations(page);

  const internal = membersOnlyPublications[0]!;
  await page.goto(`/library/${slugOf(internal.title)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(internal.title);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Member sign in' })).toBeVisible();
  const response = await page.goto(`/library/${slugOf(internal.title)}`);
  expect(response?.status()).toBe(401);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Please sign in');
});

test('a wrong password gets one plain message, the same as an unknown email', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(member.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'do not match' });
  await expect(alert).toBeVisible();

  await page.getByLabel('Email address').fill('nobody-here@example.org');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(alert).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test('the form says what is missing beside each field', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter your email address.')).toBeVisible();
  await expect(page.getByText('Enter your password.')).toBeVisible();
  await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');
});

test('after 5 failed attempts sign-in pauses with HTTP 429 and says when to retry', async ({ page }) => {
  const email = `lockout-${Date.now()}@example.org`;
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await page.getByLabel('Password').fill(`wrong guess ${attempt}`);
    const answer = page.waitForResponse('**/api/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect((await answer).status()).toBe(401);
  }
  await page.getByLabel('Password').fill('another guess');
  const answer = page.waitForResponse('**/api/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const response = await answer;
  expect(response.status()).toBe(429);
  expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0);
  await expect(page.getByRole('alert').filter({ hasText: 'Too many failed attempts' })).toContainText(
    'try again in 15 minutes',
  );
});

test('signing in works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(member.email);
  await page.getByLabel('Password').fill('wrong password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'do not match' })).toBeVisible();
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await context.close();
});

test('a visitor asking for the account page is sent to sign in, and back afterwards', async ({ page }) => {
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
});
