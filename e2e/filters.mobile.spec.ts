// On a narrow phone the filter forms keep their controls in line, even where a label wraps onto
// two lines ("Type of organisation").
import { expect, test, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support';

test.use({ viewport: { width: 320, height: 700 } });

async function bottomOf(page: Page, label: string) {
  const box = (await page.getByLabel(label, { exact: true }).boundingBox())!;
  return box.y + box.height;
}

test('the directory filters keep region and type side by side, bottoms aligned', async ({ page }) => {
  await page.goto('/directory');
  const typeLabel = (await page.locator('label[for="filter-type"]').boundingBox())!;
  const regionLabel = (await page.locator('label[for="filter-region"]').boundingBox())!;
  // The case this guards: the longer label wraps where the shorter does not.
  expect(typeLabel.height).toBeGreaterThan(regionLabel.height);
  expect(Math.abs((await bottomOf(page, 'Region')) - (await bottomOf(page, 'Type of organisation')))).toBeLessThan(1);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAccessibilityViolations(page);
});
