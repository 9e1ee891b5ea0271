// A visitor reads where an organisation works and where a re-published piece first appeared: the
// regions beside the countries are theirs, and the source is named once.
import { expect, test } from '@playwright/test';
import {
  countries,
  demoOrganizations,
  demoPublications,
  expectNoAccessibilityViolations,
  regions,
  slugOf,
} from './support';

const regionName = (code: string) => {
  const slug = countries.find((country) => country.code === code)!.region;
  return regions.find((region) => region.slug === slug)!.name;
};

test("an organisation's card names its countries and only their regions", async ({ page }) => {
  const lab = demoOrganizations.find(
    (organization) => organization.name === 'Northbridge University Atrocity Prevention Lab',
  )!;
  await page.goto(`/directory?region=americas`);
  const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: lab.name }) });
  const where = [...new Set(lab.countries.map(regionName))];
  await expect(card).toContainText(`(${where.join(', ')})`);
  for (const region of regions.filter((region) => !where.includes(region.name))) {
    await expect(card).not.toContainText(region.name);
  }
  await expectNoAccessibilityViolations(page);
});

test('a re-published piece says once where it first appeared', async ({ page }) => {
  const republished = demoPublications.find((publication) => publication.source === 'The Global Affairs Review')!;
  await page.goto(`/library/${slugOf(republished.title)}`);
  await expect(page.getByText('First published in The Global Affairs Review')).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('First published in First published');
  for (const publication of demoPublications.filter(
    (item) => item.source && (item.visibility ?? 'PUBLIC') === 'PUBLIC',
  )) {
    await page.goto(`/library/${slugOf(publication.title)}`);
    await expect(page.getByRole('main')).toContainText(`First published in ${publication.source}`);
    await expect(page.getByRole('main')).not.toContainText(/First published in (First|Originally) published/);
  }
});
