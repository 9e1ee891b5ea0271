// A visitor searches the portal from the header, narrows the results by kind and by country, and
// never meets a members-only publication; a member finds it. Works without JavaScript too.
import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, membersOnlyPublications, publicPublications, signedInAs } from './support';

const membersOnly = membersOnlyPublications.find((publication) => publication.title.includes('Cabo Delgado'))!;
const sahel = publicPublications.find((publication) => publication.title.includes('Village Alert Committees'))!;

test('a visitor searches from the header and finds results of every kind, the words marked', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('search', { name: 'Search the portal' });
  await box.getByRole('searchbox').fill('early warning');
  await box.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=early\+warning$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(page.getByRole('status')).toContainText('for “early warning”');
  const publications = page.getByRole('region', { name: 'Publications and toolkits' });
  await expect(publications.getByRole('link', { name: sahel.title })).toBeVisible();
  await expect(publications.locator('mark').first()).toHaveText(/^(early|warning)$/i);
  await expect(page.getByRole('region', { name: 'Organisations' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page
    .getByRole('navigation', { name: 'What to show' })
    .getByRole('link', { name: /^Publications/ })
    .click();
  await expect(page).toHaveURL(/kind=publication/);
  await expect(page.getByRole('link', { name: sahel.title })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Organisations' })).toHaveCount(0);
});

test('a visitor narrows a search by country, and the counts follow', async ({ page }) => {
  await page.goto('/search?q=civilians');
  const filters = page.getByRole('form', { name: 'Narrow the results' });
  const country = filters.getByLabel('Country');
  const myanmar = await country.locator('option', { hasText: /^Myanmar \(\d+\)$/ }).textContent();
  const expected = Number(/\((\d+)\)/.exec(myanmar ?? '')?.[1]);
  expect(expected).toBeGreaterThan(0);
  await country.selectOption({ label: myanmar! });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/country=MM/);
  await expect(page.getByRole('status')).toHaveText(
    `${expected} ${expected === 1 ? 'result' : 'results'} for “civilians”`,
  );
  await expect(page.getByRole('link', { name: /Airstrikes on Civilians in Myanmar/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Ukraine: Attacks on Energy Infrastructure/ })).toHaveCount(0);
  await expect(filters.getByLabel('Country')).toHaveValue('MM');
  // Clearing the filters keeps the words.
  await filters.getByRole('link', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/search\?q=civilians$/);
});

test('a members-only publication is found by members, never shown or counted for visitors', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('/search?q=%22Cabo+Delgado%22+rainy');
  await expect(page.getByRole('main')).not.toContainText(membersOnly.title);
  await expect(page.getByText('Nothing you may see matches')).toBeVisible();

  const context = await browser.newContext({ baseURL, storageState: signedInAs.member });
  const member = await context.newPage();
  await member.goto('/search?q=%22Cabo+Delgado%22+rainy');
  await expect(member.getByRole('link', { name: membersOnly.title })).toBeVisible();
  await expect(member.getByRole('status')).toHaveText('1 result for “"Cabo Delgado" rainy”');
  await context.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search and the filters work', async ({ page }) => {
    await page.goto('/library');
    const box = page.getByRole('search', { name: 'Search the portal' });
    await box.getByRole('searchbox').fill('toolkit');
    await box.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=toolkit$/);
    await expect(page.getByRole('status')).toContainText('for “toolkit”');
    await page
      .getByRole('navigation', { name: 'What to show' })
      .getByRole('link', { name: /^Events/ })
      .click();
    await expect(page).toHaveURL(/kind=event/);
  });
});

test('the search page explains how to search before anything is searched', async ({ page }) => {
  await page.goto('/search');
  await expect(page.getByRole('heading', { name: 'How to search' })).toBeVisible();
  await expect(page.getByText('Put words in quotes')).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
