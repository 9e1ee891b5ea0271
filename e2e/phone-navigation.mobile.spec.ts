// On a phone-sized screen the pages fit the width and the navigation, behind a menu that opens
// without JavaScript and from the keyboard, reaches every section.
import { devices, expect, test, type Page } from '@playwright/test';
import { demoAccounts } from '../prisma/seed';
import { expectNoAccessibilityViolations, signedInAs } from './support';

for (const path of [
  '/',
  '/directory',
  '/library',
  '/campaigns',
  '/events',
  '/regions',
  '/get-involved',
  '/contact',
  '/search?q=early+warning',
]) {
  test(`${path} fits a phone screen`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAccessibilityViolations(page);
  });
}

/** The menu's summary (a <details> disclosure, which Playwright's roles do not name a button). */
const menu = (page: Page) => page.getByRole('banner').locator('summary', { hasText: 'Menu' });
const mainNavigation = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('the navigation reaches the library on a phone', async ({ page }) => {
  await page.goto('/');
  // One row: the coalition's name and the menu, not the navigation wrapped over three.
  expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThan(90);
  await expect(mainNavigation(page)).toBeHidden();
  await menu(page).click();
  await expect(mainNavigation(page).getByRole('link', { name: 'Member sign in' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await mainNavigation(page).getByRole('link', { name: 'Library' }).click();
  await expect(page).toHaveURL(/\/library$/);
  // Following a link closes the menu.
  await expect(mainNavigation(page)).toBeHidden();
});

test('the menu holds the search on a phone', async ({ page }) => {
  await page.goto('/campaigns');
  await expect(page.getByRole('search', { name: 'Search the portal' })).toBeHidden();
  await menu(page).click();
  const search = page.getByRole('search', { name: 'Search the portal' });
  await search.getByRole('searchbox').fill('early warning');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=early\+warning$/);
  await expect(page.getByRole('status')).toContainText('for “early warning”');
});

test('the menu opens and is followed from the keyboard', async ({ page }) => {
  await page.goto('/');
  await menu(page).focus();
  await page.keyboard.press('Enter');
  const regions = mainNavigation(page).getByRole('link', { name: 'Regions' });
  await expect(regions).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(regions).toBeHidden();
  await expect(menu(page)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(regions).toBeVisible();
  // The search field and its button, then Directory, Library, Campaigns, Events, Regions.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('search', { name: 'Search the portal' }).getByRole('searchbox')).toBeFocused();
  for (let step = 0; step < 6; step += 1) await page.keyboard.press('Tab');
  await expect(regions).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/regions$/);
});

test('the menu works without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ ...devices['Pixel 7'], baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await menu(page).click();
  await mainNavigation(page).getByRole('link', { name: 'Campaigns' }).click();
  await expect(page).toHaveURL(/\/campaigns$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
  await context.close();
});

const coordinator = demoAccounts.find((account) => account.role === 'COORDINATOR')!;

test.describe('as a coordinator', () => {
  test.use({ storageState: signedInAs.coordinator });

  test('the menu leads to the staff area, the account and signing out', async ({ page }) => {
    await page.goto('/');
    expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThan(90);
    await menu(page).click();
    await expect(mainNavigation(page).getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(mainNavigation(page).getByRole('link', { name: coordinator.name })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await mainNavigation(page).getByRole('link', { name: 'Staff area' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Staff area' })).toBeVisible();
  });
});
