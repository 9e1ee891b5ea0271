// A member manages their account: name, email address and password, each its own small form. Each
// test makes its own member (e2e/fixtures.ts), so every change runs to the end and nothing is restored.
import { demoAccounts } from '../prisma/seed';
import { expect, test } from './fixtures';
import { linkIn, waitForMail } from './mail';
import { expectNoAccessibilityViolations, signedInAs } from './support';
import type { Page } from '@playwright/test';

const section = (page: Page, title: string) => page.getByRole('region', { name: title });

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('as a member', () => {
  test.use({ storageState: signedInAs.member });

  test('the account page shows the forms and the organisation, and passes axe', async ({ page }) => {
    const member = demoAccounts.find((account) => account.role === 'MEMBER')!;
    await page.goto('/account');
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(member.email);
    for (const title of ['Change your name', 'Change your email address', 'Change your password']) {
      await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: "Edit your organisation's profile" })).toHaveAttribute(
      'href',
      '/account/organization',
    );
    await expectNoAccessibilityViolations(page);
  });
});

test('a member changes their name, with a message beside an empty one', async ({ newMember }) => {
  const { page } = newMember;
  await page.goto('/account');
  const form = section(page, 'Change your name');
  const name = form.getByLabel('Name', { exact: true });

  await name.fill('   ');
  await form.getByRole('button', { name: 'Save name' }).click();
  await expect(form.getByText('Enter your name.')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');

  const newName = `Ana María Quispe ${Date.now()}`;
  await name.fill(newName);
  await form.getByRole('button', { name: 'Save name' }).click();
  await expect(form.getByRole('status')).toHaveText('Your name is saved.');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: newName })).toBeVisible();
  await page.reload();
  await expect(section(page, 'Change your name').getByLabel('Name', { exact: true })).toHaveValue(newName);
});

test('the name form works without JavaScript', async ({ newMember, browser }) => {
  const context = await browser.newContext({
    storageState: await newMember.context.storageState(),
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto('/account');
  await section(page, 'Change your name').getByLabel('Name', { exact: true }).fill('Ana Quispe Mamani');
  await section(page, 'Change your name').getByRole('button', { name: 'Save name' }).click();
  await expect(section(page, 'Change your name').getByRole('status')).toHaveText('Your name is saved.');

  await section(page, 'Change your name').getByLabel('Name', { exact: true }).fill('');
  await section(page, 'Change your name').getByRole('button', { name: 'Save name' }).click();
  await expect(section(page, 'Change your name').getByText('Enter your name.')).toBeVisible();
  // The refused name was not stored.
  await page.goto('/account');
  await expect(page.getByRole('main')).toContainText('Ana Quispe Mamani');
  await context.close();
});

test('a member changes their email address: checked, confirmed from the new inbox, then signs in with it', async ({
  newMember,
  browser,
}) => {
  const { page } = newMember;
  await page.goto('/account');
  const form = section(page, 'Change your email address');
  await form.getByLabel('New email address').fill('not an address');
  await form.getByRole('button', { name: 'Change email address' }).click();
  await expect(form.getByText('Enter an email address like name@example.org.')).toBeVisible();
  await expect(form.getByText('Enter your current password.')).toBeVisible();

  const newEmail = `moved-${Date.now()}@example.org`;
  await form.getByLabel('New email address').fill(newEmail);
  await form.getByLabel('Current password').fill('not the current password');
  await form.getByRole('button', { name: 'Change email address' }).click();
  await expect(form.getByText('This is not your current password.')).toBeVisible();
  await expect(form.getByLabel('Current password')).toBeFocused();

  const since = new Date();
  await form.getByLabel('Current password').fill(newMember.password);
  await form.getByRole('button', { name: 'Change email address' }).click();
  await expect(form.getByRole('status')).toHaveText(
    `Almost done: we sent a link to ${newEmail}. Your address changes when you follow it (within 24 hours). Until then, sign in with your current address.`,
  );
  await expect(form.getByLabel('Current password')).toHaveValue('');
  // Nothing changed yet; the current address was told of the request.
  await page.reload();
  await expect(page.getByRole('main')).toContainText(newMember.email);
  expect((await waitForMail(newMember.email, { since })).text).toContain(newEmail);

  // The link in the new inbox opens a page (which changes nothing), and its button makes the change.
  const link = linkIn(await waitForMail(newEmail, { since }), '/confirm-email/');
  const inbox = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const linkPage = await inbox.newPage();
  await linkPage.goto(link);
  await expect(linkPage.getByRole('heading', { level: 1, name: 'Confirm your new email address' })).toBeVisible();
  await expect(linkPage.getByRole('main')).toContainText(`instead of ${newMember.email}`);
  await expectNoAccessibilityViolations(linkPage);
  await linkPage.getByRole('button', { name: 'Use the new address' }).click();
  await expect(linkPage).toHaveURL(/\/confirm-email\/done$/);
  await expect(linkPage.getByRole('heading', { level: 1, name: 'Your email address is changed' })).toBeVisible();
  await linkPage.goto(link);
  await expect(linkPage.getByRole('heading', { level: 1, name: 'This link no longer works' })).toBeVisible();
  await inbox.close();

  const fresh = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const freshPage = await fresh.newPage();
  await signIn(freshPage, newMember.email, newMember.password);
  await expect(freshPage.getByRole('alert').filter({ hasText: 'do not match' })).toBeVisible();
  await signIn(freshPage, newEmail, newMember.password);
  await expect(freshPage).toHaveURL(/\/account$/);
  await fresh.close();
});

test('a member changes their password: checked first, then other sessions end and this one stays', async ({
  newMember,
  browser,
}) => {
  const { page } = newMember;
  // A second device, signed in with the old password.
  const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const otherPage = await other.newPage();
  await signIn(otherPage, newMember.email, newMember.password);
  await expect(otherPage).toHaveURL(/\/account$/);

  await page.goto('/account');
  const form = section(page, 'Change your password');
  let posted = false;
  page.on('request', (request) => {
    if (request.method() === 'POST') posted = true;
  });
  await form.getByLabel('New password', { exact: true }).fill('short');
  await form.getByLabel('New password again').fill('different');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByText('Enter your current password.')).toBeVisible();
  await expect(form.getByText('Use at least 8 characters.')).toBeVisible();
  await expect(form.getByText('The two new passwords are not the same.')).toBeVisible();
  expect(posted).toBe(false);

  // The rules are checked before the current password, so this guess is not counted.
  await form.getByLabel('Current password').fill('any current password');
  await form.getByLabel('New password', { exact: true }).fill('password');
  await form.getByLabel('New password again').fill('password');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByText('This password is too common and easy to guess. Choose another.')).toBeVisible();
  await expect(form.getByLabel('New password', { exact: true })).toBeFocused();
  await expect(form.getByLabel('New password', { exact: true })).toHaveValue('');

  const newPassword = `a new passphrase ${Date.now()}`;
  await form.getByLabel('Current password').fill(newMember.password);
  await form.getByLabel('New password', { exact: true }).fill(newPassword);
  await form.getByLabel('New password again').fill(newPassword);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(page).toHaveURL(/\/account\?saved=password$/);
  await expect(page.getByRole('status').filter({ hasText: 'Your password is changed.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();

  // The other device is signed out on its next request; the new password signs in, the old does not.
  await otherPage.goto('/account');
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await signIn(otherPage, newMember.email, newMember.password);
  await expect(otherPage.getByRole('alert').filter({ hasText: 'do not match' })).toBeVisible();
  await signIn(otherPage, newMember.email, newPassword);
  await expect(otherPage).toHaveURL(/\/account$/);
  await other.close();
});
