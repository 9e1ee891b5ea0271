// The forgotten-password journey, to the end: ask for a link, choose a new password (checked beside
// each field, with and without JavaScript), and be signed in with it; the old password and the
// sessions signed in with it stop working. It makes its own member (e2e/fixtures.ts).
import { expect, test } from './fixtures';
import { expectNoMail, linkIn, waitForMail } from './mail';
import { expectNoAccessibilityViolations } from './support';

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

test('the mailed link opens a form that checks the new password, then saves it and signs in', async ({
  page,
  browser,
  newMember,
}) => {
  await page.goto('/reset-password');
  const since = new Date();
  await page.getByLabel('Email address').fill(newMember.email);
  await page.getByRole('button', { name: 'Email me a reset link' }).click();
  await expect(page.getByRole('status').filter({ hasText: sentMessage })).toBeVisible();
  const mail = await waitForMail(newMember.email, { since });
  const link = linkIn(mail, '/set-password/');

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(newMember.email);
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

  // A good password is saved: this browser is signed in, the member's other session has ended, and
  // the link is used up.
  const newPassword = `a long and uncommon phrase ${Date.now()}`;
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('New password again').fill(newPassword);
  await page.getByRole('button', { name: 'Save the password and sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('main')).toContainText(newMember.email);

  await newMember.page.goto('/account');
  await expect(newMember.page).toHaveURL(/\/sign-in/);
  await newMember.page.getByLabel('Email address').fill(newMember.email);
  await newMember.page.getByLabel('Password').fill(newMember.password);
  await newMember.page.getByRole('button', { name: 'Sign in' }).click();
  await expect(newMember.page.getByRole('alert').filter({ hasText: 'do not match' })).toBeVisible();

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'This link no longer works' })).toBeVisible();
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
