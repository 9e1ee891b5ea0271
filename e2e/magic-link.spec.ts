// The sign-in link journey: a member asks for a link by mail, opens it, signs in with one press, and
// the link works no more. Signing in by link changes nothing that other journeys rely on.
import { expect, test } from '@playwright/test';
import { demoAccounts } from '../prisma/seed';
import { expectNoMail, linkIn, waitForMail } from './mail';
import { expectNoAccessibilityViolations } from './support';

// One journey per account: a new link replaces the previous one of the same account.
const member = demoAccounts.find((account) => account.role === 'MEMBER')!;
const admin = demoAccounts.find((account) => account.role === 'ADMIN')!;

const sentMessage = 'If an account exists for that address, we have sent a link to it. The link works for 15 minutes.';

test('a member signs in with a link sent by mail, which then works no more', async ({ page, browser }) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Email me a sign-in link instead' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in with a link by email' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const since = new Date();
  await page.getByLabel('Email address').fill(member.email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page.getByRole('status').filter({ hasText: sentMessage })).toBeVisible();
  const mail = await waitForMail(member.email, { since });
  expect(mail.subject).toContain('sign-in link');
  const link = linkIn(mail, '/sign-in/link/');

  // Opened twice, as a mail scanner and then the member would: the page alone uses nothing up.
  const elsewhere = await browser.newContext();
  const otherTab = await elsewhere.newPage();
  await otherTab.goto(link);
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: `Sign in as ${member.email}` })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(member.email);

  // The same link a second time is refused: pressed in the other tab, and opened again.
  await otherTab.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(otherTab.getByRole('alert').filter({ hasText: 'This link no longer works' })).toBeVisible();
  await expect(otherTab).not.toHaveURL(/\/account$/);
  await otherTab.goto(link);
  await expect(otherTab.getByRole('heading', { level: 1, name: 'This link no longer works' })).toBeVisible();
  await expect(otherTab.getByRole('link', { name: 'Email me a new sign-in link' })).toHaveAttribute(
    'href',
    '/sign-in/link',
  );
  await expectNoAccessibilityViolations(otherTab);
  await elsewhere.close();
});

test('an unknown address gets the same answer and no mail; a missing one a message beside the field', async ({
  page,
}) => {
  await page.goto('/sign-in/link');
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page.getByText('Enter your email address.')).toBeVisible();
  await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');

  const stranger = `nobody-${Date.now()}@example.org`;
  const since = new Date();
  await page.getByLabel('Email address').fill(stranger);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page.getByRole('status').filter({ hasText: sentMessage })).toBeVisible();
  await expectNoMail(stranger, { since });
});

test('a link that is unknown explains itself and offers a new one', async ({ page }) => {
  await page.goto('/sign-in/link/not-a-link-we-sent');
  await expect(page.getByRole('heading', { level: 1, name: 'This link no longer works' })).toBeVisible();
  await page.getByRole('link', { name: 'Email me a new sign-in link' }).click();
  await expect(page).toHaveURL(/\/sign-in\/link$/);
});

test('signing in with a link works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sign-in/link');
  const since = new Date();
  await page.getByLabel('Email address').fill(admin.email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page.getByRole('status').filter({ hasText: sentMessage })).toBeVisible();

  await page.goto(linkIn(await waitForMail(admin.email, { since }), '/sign-in/link/'));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(admin.email);
  await context.close();
});
