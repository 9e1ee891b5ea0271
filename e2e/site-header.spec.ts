// The header on a desktop screen (1280px): the navigation in one row however signed in, the search
// box below it, and a link to the staff area for coordinators and admins only.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations, signedInAs } from './support';

/** The boxes of the home link and of every entry of the main navigation. */
async function headerBoxes(page: Page) {
  const header = page.getByRole('banner');
  const entries = header.getByRole('navigation', { name: 'Main' }).getByRole('listitem');
  const boxes = [await header.getByRole('link', { name: /Coalition/ }).boundingBox()];
  for (const entry of await entries.all()) boxes.push(await entry.boundingBox());
  return boxes.map((box) => box!);
}

async function expectOneRow(page: Page) {
  const boxes = await headerBoxes(page);
  const middles = boxes.map((box) => box.y + box.height / 2);
  // Every entry is centred on the same line: nothing wrapped onto a second row.
  for (const middle of middles) expect(Math.abs(middle - middles[0]!)).toBeLessThanOrEqual(2);
  // The navigation's row stays one line high; the search box has the row below it.
  const banner = page.getByRole('banner');
  const navigationRow = (await banner.locator(':scope > div').first().boundingBox())!;
  expect(navigationRow.height).toBeLessThan(80);
  const searchRow = (await banner.getByRole('search', { name: 'Search the portal' }).boundingBox())!;
  expect(searchRow.y).toBeGreaterThanOrEqual(navigationRow.y + navigationRow.height);
  expect((await banner.boundingBox())!.height).toBeLessThan(140);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(1280);
}

for (const role of ['admin', 'coordinator'] as const) {
  test.describe(`as ${role === 'admin' ? 'an admin' : 'a coordinator'}`, () => {
    test.use({ storageState: signedInAs[role], viewport: { width: 1280, height: 800 } });

    test('the header fits one row and leads to the staff area', async ({ page }) => {
      await page.goto('/directory');
      await expectOneRow(page);
      const main = page.getByRole('banner').getByRole('navigation', { name: 'Main' });
      await main.getByRole('link', { name: 'Staff area' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Staff area' })).toBeVisible();
      await expect(main.getByRole('link', { name: 'Staff area' })).toHaveAttribute('aria-current', 'page');
      await expectOneRow(page);
      await expectNoAccessibilityViolations(page);
    });
  });
}

test.describe('as a member', () => {
  test.use({ storageState: signedInAs.member, viewport: { width: 1280, height: 800 } });

  test('the header fits one row and has no staff area', async ({ page }) => {
    await page.goto('/');
    await expectOneRow(page);
    await expect(page.getByRole('link', { name: 'Staff area' })).toHaveCount(0);
  });
});

test('a visitor sees the sections and the sign-in link in one row, no staff area', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expectOneRow(page);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Member sign in' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Staff area' })).toHaveCount(0);
});
