// Sessions end on the server (issue 7 item 5): a session cookie copied before sign-out opens
// nothing afterwards, /api/auth/session neither reports nor refreshes it, and a member sees where
// they are signed in on /account and ends any of those sessions.
import { devices, type Browser, type BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAccessibilityViolations } from './support';

/** A second browser holding a copy of this context's cookies, as a thief of the cookie would. */
async function copyOf(context: BrowserContext, browser: Browser, baseURL?: string) {
  const copy = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  await copy.addCookies(await context.cookies());
  return copy;
}

test('signing out ends the session: a copied cookie opens nothing, and the session endpoint reports none', async ({
  browser,
  baseURL,
  newMember,
}) => {
  const copy = await copyOf(newMember.context, browser, baseURL);
  const stolen = await copy.newPage();
  await stolen.goto('/account');
  await expect(stolen.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();

  await newMember.page.goto('/account');
  await newMember.page.getByRole('button', { name: 'Sign out' }).click();
  await expect(newMember.page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

  await stolen.goto('/account');
  await expect(stolen).toHaveURL(/\/sign-in/);
  const session = await copy.request.get('/api/auth/session');
  expect(session.status()).toBe(200);
  expect(await session.json()).toBeNull();
  // The endpoint clears the dead cookie instead of refreshing it for another 30 days.
  expect(session.headers()['set-cookie'] ?? '').toMatch(/authjs\.session-token=;/);
  await copy.close();
});

test('a member sees where they are signed in and ends another session', async ({ browser, baseURL, newMember }) => {
  // The same member signs in on a phone too.
  const phone = await browser.newContext({
    ...devices['Pixel 7'],
    baseURL,
    storageState: { cookies: [], origins: [] },
  });
  const phonePage = await phone.newPage();
  await phonePage.goto('/sign-in');
  await phonePage.getByLabel('Email address').fill(newMember.email);
  await phonePage.getByLabel('Password').fill(newMember.password);
  await phonePage.getByRole('button', { name: 'Sign in' }).click();
  await expect(phonePage).toHaveURL(/\/account$/);

  const { page } = newMember;
  await page.goto('/account');
  const section = page.getByRole('region', { name: 'Where you are signed in' });
  const sessions = section.getByRole('list', { name: 'Your signed-in browsers' }).getByRole('listitem');
  await expect(sessions).toHaveCount(2);
  await expect(sessions.first()).toContainText('This browser');
  await expect(sessions.first()).toContainText('(computer)');
  await expect(sessions.first()).toContainText('127.0.0.1');
  await expect(sessions.nth(1)).toContainText('Android');
  await expect(sessions.nth(1)).toContainText('(phone)');
  await expectNoAccessibilityViolations(page);

  await sessions.nth(1).getByRole('button', { name: 'End this session' }).click();
  await expect(section.getByRole('status')).toHaveText('That session is ended: the browser is signed out.');
  await expect(sessions).toHaveCount(1);
  await expect(section).toContainText('You are signed in in this browser only.');

  await phonePage.goto('/account');
  await expect(phonePage).toHaveURL(/\/sign-in/);
  await phone.close();

  // Ending this browser's own session from the list signs it out.
  await sessions.first().getByRole('button', { name: 'End this session' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('link', { name: 'Member sign in' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('"end every other session" ends the other sessions and keeps this one', async ({
    browser,
    baseURL,
    newMember,
  }) => {
    const other = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const otherPage = await other.newPage();
    await otherPage.goto('/sign-in');
    await otherPage.getByLabel('Email address').fill(newMember.email);
    await otherPage.getByLabel('Password').fill(newMember.password);
    await otherPage.getByRole('button', { name: 'Sign in' }).click();
    await expect(otherPage).toHaveURL(/\/account$/);

    const context = await browser.newContext({
      baseURL,
      javaScriptEnabled: false,
      storageState: { cookies: [], origins: [] },
    });
    await context.addCookies(await newMember.context.cookies());
    const page = await context.newPage();
    await page.goto('/account');
    const section = page.getByRole('region', { name: 'Where you are signed in' });
    await section.getByRole('button', { name: 'End every other session' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Every other session is ended.' })).toBeVisible();
    await expect(section.getByRole('list', { name: 'Your signed-in browsers' }).getByRole('listitem')).toHaveCount(1);

    await otherPage.goto('/account');
    await expect(otherPage).toHaveURL(/\/sign-in/);
    await other.close();
    await context.close();
  });
});
