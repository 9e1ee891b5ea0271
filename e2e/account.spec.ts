// A member manages their account: name, email address and password, each its own small form.
// Shared demo sessions must survive, so the demo member's email and password are never changed: the
// name is changed (keeping the old name inside it, so other journeys still find it) and restored,
// and the email and password forms are only tried with answers the server refuses.
import { expect, test, type Page } from '@playwright/test';
import { demoAccounts } from '../prisma/seed';
import { expectNoAccessibilityViolations, signedInAs } from './support';

const member = demoAccounts.find((account) => account.role === 'MEMBER')!;

const section = (page: Page, title: string) => page.getByRole('region', { name: title });

test.describe('as a member', () => {
  test.use({ storageState: signedInAs.member });

  test('the account page shows the forms and the organisation, and passes axe', async ({ page }) => {
    await page.goto('/account');
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    for (const title of ['Change your name', 'Change your email address', 'Change your password']) {
      await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: "Edit your organisation's profile" })).toHaveAttribute(
      'href',
      '/account/organization',
    );
    await expectNoAccessibilityViolations(page);
  });

  test('changes their name, with a message beside an empty one, and back', async ({ page }) => {
    await page.goto('/account');
    const form = section(page, 'Change your name');
    const name = form.getByLabel('Name', { exact: true });

    await name.fill('   ');
    await form.getByRole('button', { name: 'Save name' }).click();
    await expect(form.getByText('Enter your name.')).toBeVisible();
    await expect(name).toHaveAttribute('aria-invalid', 'true');

    const newName = `${member.name} (e2e ${Date.now()})`;
    try {
      await name.fill(newName);
      await form.getByRole('button', { name: 'Save name' }).click();
      await expect(form.getByRole('status')).toHaveText('Your name is saved.');
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: newName })).toBeVisible();
    } finally {
      await name.fill(member.name);
      await form.getByRole('button', { name: 'Save name' }).click();
      await expect(form.getByRole('status')).toHaveText('Your name is saved.');
    }
    await page.reload();
    await expect(section(page, 'Change your name').getByLabel('Name', { exact: true })).toHaveValue(member.name);
  });

  test('the email form checks the address, the current password and the server says when it is wrong', async ({
    page,
  }) => {
    await page.goto('/account');
    const form = section(page, 'Change your email address');
    await form.getByLabel('New email address').fill('not an address');
    await form.getByRole('button', { name: 'Change email address' }).click();
    await expect(form.getByText('Enter an email address like name@example.org.')).toBeVisible();
    await expect(form.getByText('Enter your current password.')).toBeVisible();

    // One wrong password (it counts toward the sign-in limits, so only one).
    await form.getByLabel('New email address').fill(`someone-${Date.now()}@example.org`);
    await form.getByLabel('Current password').fill('not the current password');
    await form.getByRole('button', { name: 'Change email address' }).click();
    await expect(form.getByText('This is not your current password.')).toBeVisible();
    await expect(form.getByLabel('Current password')).toBeFocused();

    await page.reload();
    await expect(page.getByRole('main')).toContainText(member.email);
  });

  test('the password form checks length and match in the browser, and the server refuses common passwords', async ({
    page,
  }) => {
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
  });

  test('the name form works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ storageState: signedInAs.member, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/account');
    const form = section(page, 'Change your name');
    // Saving the name it already has changes nothing, and is answered like any save.
    await form.getByLabel('Name', { exact: true }).fill(member.name);
    await form.getByRole('button', { name: 'Save name' }).click();
    await expect(section(page, 'Change your name').getByRole('status')).toHaveText('Your name is saved.');

    await section(page, 'Change your name').getByLabel('Name', { exact: true }).fill('');
    await section(page, 'Change your name').getByRole('button', { name: 'Save name' }).click();
    await expect(section(page, 'Change your name').getByText('Enter your name.')).toBeVisible();
    await context.close();
  });
});
