// A visitor browses every public page of the portal and finds the seeded content; each page passes
// an axe check (WCAG 2.2 AA).
import { expect, test } from '@playwright/test';
import {
  activeCampaigns,
  activeOrganizations,
  countries,
  demoCampaigns,
  expectNoAccessibilityViolations,
  hiddenOrganizations,
  membersOnlyPublications,
  publicPublications,
  regions,
  slugOf,
  toolkits,
} from './support';

test('home shows the latest publications, the active campaigns and the regions', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const latest = publicPublications[0]!;
  await expect(page.getByRole('link', { name: latest.title }).first()).toBeVisible();
  for (const campaign of activeCampaigns) {
    await expect(page.getByRole('link', { name: campaign.title }).first()).toBeVisible();
  }
  for (const region of regions) {
    await expect(page.getByRole('link', { name: region.name }).first()).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Member sign in' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('contact@example.org');
  await expectNoAccessibilityViolations(page);
});

test('directory lists active organisations and opens a profile', async ({ page }) => {
  await page.goto('/directory');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const first = activeOrganizations[0]!;
  await expectNoAccessibilityViolations(page);
  await page.getByRole('link', { name: first.name }).first().click();
  await expect(page).toHaveURL(new RegExp(`/directory/${slugOf(first.name)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.name);
  await expect(page.getByText(first.description.slice(0, 60))).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test('directory filters by type', async ({ page }) => {
  const media = activeOrganizations.find((o) => o.type === 'MEDIA')!;
  const ngo = activeOrganizations.find((o) => o.type === 'NGO')!;
  await page.goto('/directory?type=MEDIA');
  await expect(page.getByRole('link', { name: media.name }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: ngo.name })).toHaveCount(0);
});

test('organisations that have only applied are not in the directory', async ({ page }) => {
  const applied = hiddenOrganizations[0]!;
  const response = await page.goto(`/directory/${slugOf(applied.name)}`);
  expect(response?.status()).toBe(404);
});

test('library lists public publications, newest first, and opens one', async ({ page }) => {
  await page.goto('/library');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const [newest, second] = publicPublications;
  const links = page.getByRole('main').getByRole('link');
  const newestLink = links.filter({ hasText: newest!.title }).first();
  const secondLink = links.filter({ hasText: second!.title }).first();
  await expect(newestLink).toBeVisible();
  const newestBox = await newestLink.boundingBox();
  const secondBox = await secondLink.boundingBox();
  expect(newestBox!.y).toBeLessThan(secondBox!.y);
  await expectNoAccessibilityViolations(page);

  await newestLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newest!.title);
  await expect(page.getByRole('button', { name: /print/i })).toBeVisible();
  await expect(page.getByRole('link', { name: /e-?mail/i })).toHaveAttribute('href', /^mailto:/);
  await expectNoAccessibilityViolations(page);
});

test('members-only publications are not listed for visitors', async ({ page }) => {
  // Following a link to one asks them to sign in: e2e/members-only-publication.spec.ts.
  const internal = membersOnlyPublications[0]!;
  await page.goto('/library');
  await expect(page.getByRole('link', { name: internal.title })).toHaveCount(0);
});

test('a toolkit shows its sections in order', async ({ page }) => {
  const toolkit = toolkits[0]!;
  await page.goto(`/library/${slugOf(toolkit.title)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(toolkit.title);
  const headings = page.getByRole('heading', { level: 2 });
  const texts = await headings.allInnerTexts();
  const positions = toolkit.sections!.map((section) => texts.findIndex((text) => text.includes(section.heading)));
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  await expectNoAccessibilityViolations(page);
});

test('campaigns list running and closed campaigns; a campaign page shows its signatures', async ({ page }) => {
  await page.goto('/campaigns');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const campaign of demoCampaigns.filter((c) => c.status !== 'DRAFT')) {
    await expect(page.getByRole('link', { name: campaign.title }).first()).toBeVisible();
  }
  await expectNoAccessibilityViolations(page);

  const campaign = activeCampaigns[0]!;
  await page.getByRole('link', { name: campaign.title }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(campaign.title);
  await expect(page.getByText(campaign.goal).first()).toBeVisible();
  const visibleSigner = campaign.signatures.filter((s) => s.isPublic !== false).at(-1)!;
  await expect(page.getByText(visibleSigner.name).first()).toBeVisible();
  for (const hidden of campaign.signatures.filter((s) => s.isPublic === false)) {
    await expect(page.getByText(hidden.name)).toHaveCount(0);
  }
  const update = [...campaign.updates].sort((a, b) => b.published.localeCompare(a.published))[0]!;
  await expect(page.getByText(update.title).first()).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test('regions list the five regions; a region shows its organisations and countries', async ({ page }) => {
  await page.goto('/regions');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const region of regions) await expect(page.getByRole('link', { name: region.name }).first()).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const region = regions[0]!;
  await page.getByRole('link', { name: region.name }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(region.name);
  const inRegion = new Set(
    countries.filter((country) => country.region === region.slug).map((country) => country.code),
  );
  const member = activeOrganizations.find((o) => o.countries.some((code) => inRegion.has(code)))!;
  await expect(page.getByRole('link', { name: member.name }).first()).toBeVisible();
  await expect(page.getByText('Nigeria').first()).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test('contact page gives the coalition contact details', async ({ page }) => {
  await page.goto('/contact');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'contact@example.org' })).toHaveAttribute(
    'href',
    'mailto:contact@example.org',
  );
  await expectNoAccessibilityViolations(page);
});

test('an unknown address shows a helpful not-found page', async ({ page }) => {
  const response = await page.goto('/library/no-such-publication');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /home/i }).first()).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test('the library filters by country, each choice saying how many it holds, members-only ones left out', async ({
  page,
}) => {
  // Guatemala: a public article of the demo content; Mozambique's only piece is for members.
  const guatemala = publicPublications.filter((publication) => publication.countries?.includes('GT'));
  await page.goto('/library');
  const country = page.getByLabel('Country');
  await expect(country.getByRole('option', { name: `Guatemala (${guatemala.length})` })).toHaveCount(1);
  await expect(country.getByRole('option', { name: /^Mozambique/ })).toHaveCount(0);
  await country.selectOption('GT');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/country=GT/);
  await expect(page.getByText(`${guatemala.length} publication`)).toBeVisible();
  for (const publication of guatemala) {
    await expect(page.getByRole('main').getByRole('link', { name: publication.title })).toBeVisible();
  }
  await expectNoAccessibilityViolations(page);
});
