// A member edits their organisation's profile and chooses what only members see; the directory
// follows. Coordinators edit organisations of their regions. The journeys that save a profile make
// their own member and organisation (e2e/fixtures.ts); the demo rows are only read.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { countries, demoOrganizations, expectNoAccessibilityViolations, signedInAs, slugOf } from './support';
import { kindOf, profileFieldNames } from '../lib/directory/profile-fields';
import profileMessages from '../lib/i18n/messages/en/organizationProfile.json' with { type: 'json' };

// The demo member belongs to the first active organisation (prisma/seed/index.ts).
const own = demoOrganizations.find((organization) => (organization.status ?? 'ACTIVE') === 'ACTIVE')!;
const ownSlug = slugOf(own.name);

const regionOf = (code: string) => countries.find((country) => country.code === code)?.region;
/** An active organisation none of whose countries lie in `region`. */
const activeOutside = (region: string) =>
  demoOrganizations.find(
    (organization) =>
      (organization.status ?? 'ACTIVE') === 'ACTIVE' &&
      organization.name !== own.name &&
      !organization.regions?.includes(region as never) &&
      organization.countries.every((code) => regionOf(code) !== region),
  )!;
/** An active organisation that works only in the Americas, which the demo coordinator covers. */
const inAmericas = demoOrganizations.find(
  (organization) =>
    (organization.status ?? 'ACTIVE') === 'ACTIVE' &&
    !organization.regions &&
    organization.countries.length > 0 &&
    organization.countries.every((code) => regionOf(code) === 'americas'),
)!;

async function saveProfile(page: Page) {
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The profile is saved.' })).toBeVisible();
}

test.describe('a member', () => {
  test('edits their organisation, keeps the website for members, and the directory follows', async ({
    newMember,
    browser,
  }) => {
    const { page, organization } = newMember;
    await page.goto('/account/organization');
    await expect(page.getByRole('heading', { level: 1, name: "Your organisation's profile" })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    const description = page.getByLabel('Description');
    await expect(description).toHaveValue('We document attacks on civilians and train community monitors.');

    const added = `Our monitors now cover two more provinces (${Date.now()}).`;
    await description.fill(added);
    await page.getByRole('group', { name: 'Who sees the website?' }).getByLabel('Members only').check();
    await saveProfile(page);
    await page.goto(`/directory/${organization.slug}`);
    await expect(page.getByText(added)).toBeVisible();
    await expect(page.getByRole('link', { name: 'example.org/monitors' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit profile' })).toBeVisible();

    // Contexts made in a test take the file's options; a visitor has no stored session.
    const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(`/directory/${organization.slug}`);
    await expect(visitorPage.getByText(added)).toBeVisible();
    await expect(visitorPage.getByText('Some details are visible to members only')).toBeVisible();
    await expect(visitorPage.getByRole('link', { name: 'sign in', exact: true })).toHaveAttribute(
      'href',
      `/sign-in?callbackUrl=${encodeURIComponent(`/directory/${organization.slug}`)}`,
    );
    await expect(visitorPage.getByRole('main')).not.toContainText('example.org/monitors');
    await expect(visitorPage.getByRole('link', { name: 'Edit profile' })).toHaveCount(0);
    await expectNoAccessibilityViolations(visitorPage);
    await visitor.close();
  });

  test('bad input gets a message beside the field and nothing is saved', async ({ newMember }) => {
    const { page } = newMember;
    await page.goto('/account/organization');
    await page.getByLabel('Website').fill('javascript:alert(1)');
    await page.getByLabel('Contact email').fill('not an address');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Enter a web address like https://example.org.')).toBeVisible();
    await expect(page.getByText('Enter an email address like info@example.org.')).toBeVisible();
    await expect(page.getByLabel('Website')).toBeFocused();
    await page.reload();
    await expect(page.getByLabel('Website')).toHaveValue('https://example.org/monitors');
  });
});

test('every declared profile field kept for members reaches no visitor, on any page or payload', async ({
  newMember,
  playwright,
  baseURL,
}) => {
  const { page, organization } = newMember;
  const fields = profileFieldNames.map((field) => ({ field, ...profileMessages.fields[field] }));
  await page.goto('/account/organization');
  await page.getByLabel('Contact email').fill(`desk-${Date.now()}@example.org`);
  for (const { visibility } of fields)
    await page.getByRole('group', { name: visibility }).getByLabel('Members only').check();
  await saveProfile(page);

  // What a member sees of each field on the profile page: every one of these is a members-only value.
  await page.goto(`/directory/${organization.slug}`);
  const shown: { field: string; text: string }[] = [];
  for (const { field, label } of fields) {
    const text =
      kindOf(field) === 'text'
        ? (await page.getByRole('region', { name: 'About' }).locator('p').allInnerTexts()).join('\n')
        : await page
            .locator('dt', { hasText: new RegExp(`^${label}$`) })
            .locator('+ dd')
            .innerText();
    // Each value in its own piece ("Colombia", "early warning"), so a reordering cannot hide a leak.
    for (const piece of text
      .split(/,\s*|\n+/)
      .map((part) => part.trim())
      .filter((part) => part.length > 3)) {
      shown.push({ field, text: piece });
    }
  }
  expect(new Set(shown.map((value) => value.field))).toEqual(new Set(profileFieldNames));

  const visitor = await playwright.request.newContext({ baseURL });
  const profileUrl = `/directory/${organization.slug}`;
  // The profile page, as HTML and as the RSC payload a client navigation fetches.
  const variants: Record<string, string>[] = [{}, { RSC: '1' }];
  for (const headers of variants) {
    const response = await visitor.get(profileUrl, { headers });
    expect(response.status()).toBe(200);
    const body = await response.text();
    expect(body).toContain(organization.name);
    for (const value of shown) expect(body.includes(value.text), `"${value.text}" on ${profileUrl}`).toBe(false);
  }
  // The directory lists it without those values (filters name themes and regions of other organisations,
  // so the card is what is checked), and a hidden theme does not find it.
  const visitorPage = await page
    .context()
    .browser()!
    .newPage({ storageState: { cookies: [], origins: [] } });
  await visitorPage.goto(`/directory?region=americas&type=NGO`);
  for (let next = true; next;) {
    const card = visitorPage.locator('article', { hasText: organization.name });
    if ((await card.count()) > 0) {
      const text = await card.innerText();
      for (const value of shown) expect(text.includes(value.text), `"${value.text}" on the card`).toBe(false);
      break;
    }
    const nextPage = visitorPage.getByRole('link', { name: /next/i });
    next = (await nextPage.count()) > 0;
    if (next) await nextPage.first().click();
  }
  await visitorPage.goto('/directory?theme=early-warning');
  await expect(visitorPage.getByRole('main')).not.toContainText(organization.name);
  await visitorPage.close();
  await visitor.dispose();
});

test.describe('the demo member', () => {
  test.use({ storageState: signedInAs.member });

  test('opens their own organisation and gets 403 for another one', async ({ page }) => {
    await page.goto('/account/organization');
    await expect(page.getByLabel('Description')).toHaveValue(own.description);
    const other = activeOutside('africa');
    const response = await page.goto(`/account/organization?org=${slugOf(other.name)}`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1, name: 'This page is not open to you' })).toBeVisible();
    await page.goto(`/directory/${slugOf(other.name)}`);
    await expect(page.getByRole('heading', { level: 1, name: other.name })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit profile' })).toHaveCount(0);
  });
});

test.describe('as a coordinator of the Americas and Europe', () => {
  test.use({ storageState: signedInAs.coordinator });

  test('opens the profile of an organisation of their regions from the directory, but not others', async ({ page }) => {
    await page.goto(`/directory/${slugOf(inAmericas.name)}`);
    await page.getByRole('link', { name: 'Edit profile' }).click();
    await expect(page).toHaveURL(new RegExp(`/account/organization\\?org=${slugOf(inAmericas.name)}$`));
    await expect(page.getByRole('heading', { level: 1, name: `Edit the profile of ${inAmericas.name}` })).toBeVisible();
    await expect(page.getByLabel('Description')).toHaveValue(inAmericas.description);

    await page.goto(`/directory/${ownSlug}`);
    await expect(page.getByRole('heading', { level: 1, name: own.name })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit profile' })).toHaveCount(0);
    const response = await page.goto(`/account/organization?org=${ownSlug}`);
    expect(response?.status()).toBe(403);
  });

  test('without ?org= is told how to find an organisation to edit', async ({ page }) => {
    await page.goto('/account/organization');
    await expect(page.getByText('open it in the directory and choose “Edit profile”')).toBeVisible();
  });
});

test('a visitor opening the profile editor is sent to sign in', async ({ page }) => {
  await page.goto('/account/organization');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount%2Forganization$/);
});
