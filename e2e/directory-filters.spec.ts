// A visitor narrows the directory by country and by words, sees how many organisations each choice
// holds, and orders the list by name or newest members first. Works without JavaScript.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support';

const sahel = 'Sahel Civilian Monitoring Network'; // joined 2016, works in Niger
const mediators = 'Women Mediators of the Lake Chad Basin'; // joined 2019, works in Niger

/** The demo organisations of Niger in the order the list shows them. */
async function nigerOrder(page: Page) {
  const names = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  return names.map((name) => name.trim()).filter((name) => name === sahel || name === mediators);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a visitor narrows the directory by country and words, and orders it', async ({ page }) => {
    await page.goto('/directory');
    const filters = page.getByRole('form', { name: 'Filter organisations' });
    const country = filters.getByLabel('Country');
    const niger = (await country.locator('option', { hasText: /^Niger \(\d+\)$/ }).textContent())!;
    expect(Number(/\((\d+)\)/.exec(niger)?.[1])).toBeGreaterThanOrEqual(2);
    await country.selectOption({ label: niger });
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/country=NE/);
    expect(await nigerOrder(page)).toEqual([sahel, mediators]);

    await page.getByRole('form', { name: 'Filter organisations' }).getByLabel('Order').selectOption('newest');
    await page
      .getByRole('form', { name: 'Filter organisations' })
      .getByRole('button', { name: 'Apply filters' })
      .click();
    await expect(page).toHaveURL(/sort=newest/);
    expect(await nigerOrder(page)).toEqual([mediators, sahel]);

    await page.getByRole('form', { name: 'Filter organisations' }).getByLabel('Words').fill('mediators');
    await page
      .getByRole('form', { name: 'Filter organisations' })
      .getByRole('button', { name: 'Apply filters' })
      .click();
    await expect(page).toHaveURL(/q=mediators/);
    expect(await nigerOrder(page)).toEqual([mediators]);
    await expect(page.getByRole('form', { name: 'Filter organisations' }).getByLabel('Country')).toHaveValue('NE');
  });
});

// axe injects its script into the page, which a context without JavaScript refuses: check the
// filtered, sorted directory with JavaScript on.
test('the filtered and sorted directory passes axe', async ({ page }) => {
  await page.goto('/directory?country=NE&sort=newest&q=mediators');
  expect(await nigerOrder(page)).toEqual([mediators]);
  await expectNoAccessibilityViolations(page);
});

test('the library takes words too, and keeps them with its other filters', async ({ page }) => {
  await page.goto('/library?q=radio');
  const filters = page.getByRole('form', { name: 'Filter publications' });
  await expect(filters.getByLabel('Words')).toHaveValue('radio');
  await expect(page.getByRole('link', { name: /Radio in the Time of Rumours/ })).toBeVisible();
  await filters.getByLabel('Kind').selectOption({ index: 1 });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/q=radio/);
  await expect(page.getByRole('form', { name: 'Filter publications' }).getByLabel('Words')).toHaveValue('radio');
});
