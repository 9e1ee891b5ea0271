// A visitor goes from a region to one of its countries: the country's organisations and
// publications, its region's campaigns and events, links on to the directory and library filtered
// by it, and every country of every region at /countries. Works without JavaScript; axe on both pages.
import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support';

const kenyan = 'Eastern Africa Centre for Conflict Research'; // works in Kenya, among others

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a visitor follows a region’s country to its page, and on to the filtered directory', async ({ page }) => {
    await page.goto('/regions/africa');
    await page.getByRole('region', { name: 'Countries' }).getByRole('link', { name: 'Kenya', exact: true }).click();
    await expect(page).toHaveURL(/\/countries\/ke$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kenya');
    const organizations = page.getByRole('region', { name: 'Organisations' });
    await expect(organizations.getByRole('link', { name: kenyan })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Latest publications' }).getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Running campaigns in Africa' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Upcoming events in Africa' })).toBeVisible();
    const publications = page.getByRole('region', { name: 'Latest publications' });
    await expect(publications.getByRole('link', { name: 'RSS', exact: true })).toHaveAttribute(
      'href',
      '/library.rss?country=KE',
    );
    await expect(
      page.getByRole('region', { name: 'Monitoring' }).getByRole('link', { name: 'RSS', exact: true }),
    ).toHaveAttribute('href', '/countries/ke/timeline.rss');

    await page.getByRole('link', { name: /^All \d+ publications? about Kenya in the library$/ }).click();
    await expect(page).toHaveURL(/\/library\?country=KE$/);
    await expect(page.getByRole('form', { name: 'Filter publications' }).getByLabel('Country')).toHaveValue('KE');
  });

  test('every country of every region is listed, and an unknown code is not found', async ({ page }) => {
    await page.goto('/countries');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Countries');
    const africa = page.getByRole('region', { name: 'Africa', exact: true });
    await expect(africa.getByRole('link', { name: 'Kenya', exact: true })).toHaveAttribute('href', '/countries/ke');
    await expect(page.getByRole('region', { name: 'Europe' }).getByRole('link', { name: 'France' })).toBeVisible();
    const missing = await page.goto('/countries/zz');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test('the country pages pass axe', async ({ page }) => {
  await page.goto('/countries');
  await expectNoAccessibilityViolations(page);
  await page.goto('/countries/ke');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kenya');
  await expectNoAccessibilityViolations(page);
});
