// A visitor follows a filtered listing: the page names its RSS and Atom feeds (visible links and
// <link rel="alternate">) with the same filters, and the feed carries what the page lists, never a
// members-only publication, even to a signed-in member. Works without JavaScript.
import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, membersOnlyPublications, signedInAs } from './support';

/** The <title>s of a feed's items (RSS) or entries (Atom), in order. */
function feedTitles(xml: string): string[] {
  const entries = xml.match(/<(item|entry)>[\s\S]*?<\/\1>/g) ?? [];
  return entries.map((entry) =>
    (/<title[^>]*>(?:<!\[CDATA\[)?([\s\S]*?)(?:\]\]>)?<\/title>/.exec(entry)?.[1] ?? '').trim(),
  );
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a visitor filters the library by region and follows it as RSS and Atom', async ({ page, request }) => {
    await page.goto('/library');
    const filters = page.getByRole('form', { name: 'Filter publications' });
    await filters.getByLabel('Region').selectOption({ value: 'africa' });
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/region=africa/);

    const rss = page.getByRole('main').getByRole('link', { name: 'RSS', exact: true });
    await expect(rss).toHaveAttribute('href', '/library.rss?region=africa');
    await expect(page.getByRole('main').getByRole('link', { name: 'Atom', exact: true })).toHaveAttribute(
      'href',
      '/library.atom?region=africa',
    );
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      'href',
      /\/library\.rss\?region=africa$/,
    );

    const cards = page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 });
    const listed = (await cards.allTextContents()).map((title) => title.trim());
    const response = await request.get('/library.rss?region=africa');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/rss+xml');
    const titles = feedTitles(await response.text());
    expect(titles.length).toBeGreaterThan(0);
    // The feed carries the page's newest (other journeys may publish meanwhile: a few suffice).
    expect(titles).toEqual(expect.arrayContaining(listed.slice(0, 3)));

    const atom = await request.get('/library.atom?region=africa');
    expect(atom.headers()['content-type']).toContain('application/atom+xml');
    expect(feedTitles(await atom.text())).toEqual(expect.arrayContaining(titles.slice(0, 3)));
  });
});

test('a signed-in member’s feed is still a visitor’s: no members-only publication', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, storageState: signedInAs.member });
  const page = await context.newPage();
  await page.goto('/library?region=africa');
  const shown = membersOnlyPublications.filter((publication) => publication.regions?.includes('africa'));
  expect(shown.length).toBeGreaterThan(0);
  await expect(page.getByRole('main')).toContainText(shown[0]!.title);
  const xml = await (await context.request.get('/library.rss?region=africa')).text();
  for (const publication of membersOnlyPublications) expect(xml).not.toContain(publication.title);
  await context.close();
});

test('the directory and campaigns name their feeds, and pass axe', async ({ page, request }) => {
  await page.goto('/directory?country=NE&sort=name');
  // The directory's feed follows new members whatever order the page shows.
  await expect(page.getByRole('main').getByRole('link', { name: 'RSS', exact: true })).toHaveAttribute(
    'href',
    '/directory.rss?country=NE',
  );
  await expectNoAccessibilityViolations(page);
  const titles = feedTitles(await (await request.get('/directory.rss?country=NE')).text());
  const sahel = ['Women Mediators of the Lake Chad Basin', 'Sahel Civilian Monitoring Network'];
  expect(titles.filter((title) => sahel.includes(title))).toEqual(sahel); // joined 2019, then 2016

  await page.goto('/campaigns');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    /\/campaigns\.atom$/,
  );
  await expectNoAccessibilityViolations(page);
});
