// A coordinator adds an entry to a country's monitoring timeline: it shows on the country's page,
// newest first, in its feed and in the monitored countries of /countries; a member may not reach
// the staff pages (e2e/access-matrix.spec.ts covers every role). Works without JavaScript.
import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, signedInAs } from './support';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, storageState: signedInAs.coordinator });

  test('a coordinator adds a timeline entry, and it shows on the country page and in its feed', async ({
    page,
    request,
  }) => {
    const summary = `Curfew announced in the capital after protests ${Date.now()}.`;
    await page.goto('/manage');
    await page.getByRole('link', { name: 'Monitoring' }).click();
    await expect(page).toHaveURL(/\/manage\/monitoring$/);
    await page.getByRole('link', { name: 'New entry' }).click();

    const form = page.getByRole('form', { name: 'New monitoring entry' });
    // The coordinator runs the Americas and Europe: a country elsewhere is not offered.
    await expect(form.getByLabel('Country').locator('option', { hasText: 'Kenya' })).toHaveCount(0);
    await form.getByLabel('Country').selectOption({ label: 'Ecuador (Americas)' });
    await form.getByLabel('Day').fill('2026-11-30');
    await form.getByRole('radio', { name: 'Concern' }).check();
    await form.getByLabel('What happened').fill(summary);
    await form.getByLabel('Sources').fill('not a web address');
    await form.getByRole('button', { name: 'Add the entry' }).click();
    // Refused beside the field, with what was typed kept.
    const again = page.getByRole('form', { name: 'New monitoring entry' });
    await expect(
      again.getByText('Enter each source as a web address starting with https://, one per line.'),
    ).toBeVisible();
    await expect(again.getByLabel('What happened')).toHaveValue(summary);
    await again.getByLabel('Sources').fill('https://example.org/curfew');
    await again.getByRole('button', { name: 'Add the entry' }).click();
    await expect(page).toHaveURL(/\/manage\/monitoring\?outcome=created$/);
    await expect(page.getByText('The entry is added.')).toBeVisible();

    // As a visitor sees it, from the page cache that the write refreshed.
    await page.context().clearCookies();
    await page.goto('/countries/ec');
    const timeline = page.getByRole('region', { name: 'Monitoring' });
    await expect(timeline.getByRole('listitem').first()).toContainText(summary);
    await expect(timeline.getByRole('listitem').first()).toContainText('Concern');
    await expect(timeline.getByRole('link', { name: 'example.org/curfew' })).toHaveAttribute(
      'href',
      'https://example.org/curfew',
    );
    const feed = await request.get('/countries/ec/timeline.rss');
    expect(feed.headers()['content-type']).toContain('application/rss+xml');
    expect(await feed.text()).toContain(summary);

    await page.goto('/countries');
    await expect(
      page.getByRole('region', { name: 'Monitored countries' }).getByRole('link', { name: 'Ecuador' }),
    ).toBeVisible();
  });
});

test('the monitoring pages pass axe', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, storageState: signedInAs.coordinator });
  const page = await context.newPage();
  await page.goto('/manage/monitoring/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New monitoring entry');
  await expectNoAccessibilityViolations(page);
  await page.goto('/manage/monitoring');
  await expectNoAccessibilityViolations(page);
  await context.close();
});
