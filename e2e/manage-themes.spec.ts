// Staff keep the themes vocabulary (/manage/themes): they add a theme, organisations tag themselves
// with it, and rewording it changes it everywhere while its links keep working. Members and visitors
// are refused. Each journey adds the themes and the organisation it changes.
import type { Page } from '@playwright/test';
import { expect, pageAs, test } from './fixtures';
import { expectNoAccessibilityViolations, signedInAs } from './support';

const themeCard = (page: Page, label: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: label, exact: true }) });

test('a coordinator adds a theme, a member tags their organisation with it, and rewording follows everywhere', async ({
  newMember,
  browser,
  baseURL,
}) => {
  // Two people and a new member's sign-up: longer than one page's journey.
  test.slow();
  const suffix = Date.now().toString(36);
  const label = `civic space ${suffix}`;
  const coordinator = await pageAs(browser, baseURL, signedInAs.coordinator);
  const staff = coordinator.page;
  await staff.goto('/manage');
  await staff.getByRole('link', { name: 'Themes' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Themes' })).toBeVisible();
  await staff.getByLabel('Name of the theme').fill(label);
  await staff.getByRole('button', { name: 'Add the theme' }).click();
  await expect(staff.getByText('The theme is added. Organisations can now choose it.')).toBeVisible();
  await expect(themeCard(staff, label)).toContainText('No organisations');
  await expectNoAccessibilityViolations(staff);

  // The same name again, in other letters, is refused beside the field.
  await staff.getByLabel('Name of the theme').fill(label.toUpperCase());
  await staff.getByRole('button', { name: 'Add the theme' }).click();
  const field = staff.getByLabel('Name of the theme');
  await expect(field).toHaveAccessibleDescription(/There is already a theme with this name\./);
  await expect(field).toBeFocused();

  const { page, organization } = newMember;
  await page.goto('/account/organization');
  await page.getByRole('checkbox', { name: label, exact: true }).check();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The profile is saved.' })).toBeVisible();
  await page.goto(`/directory/${organization.slug}`);
  await page.getByRole('link', { name: label, exact: true }).click();
  await expect(page).toHaveURL(/\/directory\?theme=civic-space-/);
  const filtered = page.url();
  await expect(page.getByRole('link', { name: organization.name })).toBeVisible();

  const reworded = `civic freedoms ${suffix}`;
  await staff.reload();
  const card = themeCard(staff, label);
  await expect(card).toContainText('1 organisation');
  await card.getByLabel('Name').fill(reworded);
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(staff.getByText('The theme is reworded everywhere it is used.')).toBeVisible();
  await expect(themeCard(staff, reworded)).toBeVisible();

  // The old link still finds the organisation, and its profile shows the new name.
  await page.goto(filtered);
  await expect(page.getByRole('link', { name: organization.name })).toBeVisible();
  await page.goto(`/directory/${organization.slug}`);
  await expect(page.getByRole('link', { name: reworded, exact: true })).toBeVisible();
  await coordinator.context.close();
});

test('without JavaScript an admin adds a theme with a plain form post', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, storageState: signedInAs.admin, javaScriptEnabled: false });
  const page = await context.newPage();
  const label = `arms control ${Date.now().toString(36)}`;
  await page.goto('/manage/themes');
  await page.getByLabel('Name of the theme').fill(label);
  await page.getByRole('button', { name: 'Add the theme' }).click();
  await expect(page.getByText('The theme is added. Organisations can now choose it.')).toBeVisible();
  await expect(themeCard(page, label)).toBeVisible();
  await context.close();
});

test.describe('a member', () => {
  test.use({ storageState: signedInAs.member });

  test('is refused the themes page (403)', async ({ page }) => {
    const response = await page.goto('/manage/themes');
    expect(response?.status()).toBe(403);
  });
});

test('a visitor opening the themes page is sent to sign in', async ({ page }) => {
  await page.goto('/manage/themes');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fmanage%2Fthemes$/);
});
