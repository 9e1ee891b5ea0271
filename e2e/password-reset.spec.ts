// The forgotten-password journey up to the new-password form. It never saves a password: that would
// end the stored session of a seeded account that other journeys use. Saving a new password (it
// changes the hash, ends every session and signs in) is covered by lib/auth/mail-sign-in.test.ts.
import { expect, test } from '@playwright/test';
import { demoAccounts } from '../prisma/seed';
import { expectNoMail, linkIn, waitForMail } from './mail';
import { expectNoAccessibilityViolations } from './support';

// Only this journey asks for the coordinator's reset link, and it leaves the account as it was.
const coordinator = demoAccounts.find((account) => account.role === 'COORDINATOR')!;

const sentMessage =
  'If an account exists for that address, we have sent a link to choose a new password. The link works for 1 hour.';

test('asking for a reset: the same answer and no mail for an unknown address', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByLabel('Email address').fill('not an address');
  await page.getByRole('button', { name: 'Email me a reset link' }).click();
  await expect(page.getByText('Enter an email address like name@example.org.')).toBeVisible();

  const stranger = `nobody-${Date.now()}@example.org`;
  const since = new Date();
  await page.getByLabel('Email address').fill(stranger);
  await page.getByRole('button', { name: 'Email me a reset link' }).click();
  await expect(page.getByRole('status').filter({ hasText: sentMessage })).toBeVisible();
  await expectNoMail(stranger, { since });
});

test('the mailed link opens a form that checks the new password beside each field', async ({ page, browser }) => {
  await page.goto('/reset-password');
  const since = new Date();
  await page.getByLabel('Email address').fill(coordinator.email);
  await page.getByRole('button', { name: 'Email me a reset link' }).click();
  await expect(page.getByRole('status').filter({ hasText: sentMessage })).toBeVisible();
  const mail = await waitForMail(coordinator.email, { since });
  const link = linkIn(mail, '/set-password/');

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(coordinator.email);
  await expectNoAccessibilityViolations(page);

  // The browser checks the length and that both match; the server (which alone holds the list of
  // common passwords) answers "too common" beside the same field.
  await page.getByLabel('New password', { exact: true }).fill('password1');
  await page.getByLabel('New password again').fill('password2');
  await page.getByRole('button', { name: 'Save the password and sign in' }).click();
  await expect(page.getByText('The two passwords are not the same.')).toBeVisible();
  await expect(page.getByLabel('New password again')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('New password again').fill('password1');
  await page.getByRole('button', { name: 'Save the password and sign in' }).click();
  await expect(page.getByText('This password is too common and easy to guess. Choose another.')).toBeVisible();
  await expect(page.getByLabel('New password', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  // Without JavaScript the server checks the same rules and answers beside the same fields.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(link);
  await noScript.getByLabel('New password', { exact: true }).fill('a long and uncommon phrase');
  await noScript.getByLabel('New password again').fill('a different long phrase');
  await noScript.getByRole('button', { name: 'Save the password and sign in' }).click();
  await expect(noScript.getByText('The two passwords are not the same.')).toBeVisible();
  await expect(noScript.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await context.close();
});

test('a password link that is unknown explains itself and offers a new one', async ({ page }) => {
  await page.goto('/set-password/not-a-link-we-sent');
  await expect(page.getByRole('heading', { level: 1, name: 'This link no longer works' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Email me a new password link' })).toHaveAttribute(
    'href',
    '/reset-password',
  );
  await expectNoAccessibilityViolations(page);
});
