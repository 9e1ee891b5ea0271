// On a phone-sized screen the pages fit the width and the navigation reaches every section.
import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support';

for (const path of ['/', '/directory', '/library', '/campaigns', '/regions', '/contact']) {
  test(`${path} fits a phone screen`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAccessibilityViolations(page);
  });
}

test('the navigation reaches the library on a phone', async ({ page }) => {
  await page.goto('/');
  const menu = page.getByRole('button', { name: /menu/i });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Library' }).click();
  await expect(page).toHaveURL(/\/library$/);
});
