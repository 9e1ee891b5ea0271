// A member edits their organisation's profile and chooses what only members see; the directory
// follows. Coordinators edit organisations of their regions. The journeys that save a profile make
// their own member and organisation (e2e/fixtures.ts); the demo rows are only read.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { countries, demoOrganizations, expectNoAccessibilityViolations, signedInAs, slugOf } from './support';

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
