// The library's publishing journeys: a member shares a resource, the coordinator of its region asks
// for changes with a reason, the member reworks and resubmits it, the coordinator approves it and a
// visitor reads it; a coordinator writes and publishes a piece, renames it, and its old address still
// leads to it. Each journey writes its own publications, dated long ago so that they sort after the
// demo content other journeys read.
import type { Page } from '@playwright/test';
import { expect, pageAs, test } from './fixtures';
import { waitForMail } from './mail';
import { expectNoAccessibilityViolations, signedInAs } from './support';

const suffix = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

/** Fills the publication form's main fields: a report about Colombia, dated in 2001. */
async function fillPublication(page: Page, title: string) {
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Kind').selectOption('REPORT');
  await page.getByLabel('Summary').fill('Findings of community monitors in three departments.');
  await page.getByLabel('Text', { exact: true }).fill('## Findings\n\nAttacks on **human rights defenders** rose.');
  await page.getByLabel('Authors').fill('Ana Quispe\nLuis Pardo');
  await page.getByLabel('Date of publication').fill('2001-05-04');
  await page.locator('summary', { hasText: /^Americas\b/ }).click();
  await page.getByRole('checkbox', { name: 'Colombia', exact: true }).check();
  await page.getByRole('checkbox', { name: 'early warning', exact: true }).check();
}

test('a member shares a resource, a coordinator asks for changes, then approves it, and a visitor reads it', async ({
  newMember,
  browser,
  baseURL,
}) => {
  test.slow();
  const title = `Monitoring report ${suffix()}`;
  const { page, email } = newMember;
  await page.goto('/account');
  await page.getByRole('link', { name: 'Share a resource' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Share a resource' })).toBeVisible();
  await fillPublication(page, title);
  await page.getByLabel('Link to the resource').fill('example.org/monitoring-report');
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Save as a draft' }).click();
  await expect(page).toHaveURL(/\/account\/submissions\/[^/?]+\?outcome=created$/);
  await expect(page.getByRole('status').filter({ hasText: 'The draft is saved.' })).toBeVisible();
  const submission = page.url().replace(/\?.*$/, '');
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(page.getByText('Sent for review. A coordinator of its region will read it.')).toBeVisible();
  await expect(page.getByText('A coordinator of its region will review it.')).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const coordinator = await pageAs(browser, baseURL, signedInAs.coordinator);
  const staff = coordinator.page;
  await staff.goto('/manage/review');
  await staff.getByRole('link', { name: `Review “${title}”` }).click();
  await expect(staff.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // A reason is required: refused beside the choice.
  const askForChanges = staff.getByRole('form', { name: 'Ask for changes' });
  await askForChanges.getByRole('button', { name: 'Ask for changes' }).click();
  await expect(askForChanges.getByRole('group', { name: 'Reason' })).toHaveAccessibleDescription(/Choose a reason\./);
  await askForChanges.getByRole('radio', { name: 'The source is missing or unclear' }).check();
  await askForChanges.getByLabel('What the author should know').fill('Please name the original publisher.');
  const since = new Date();
  await askForChanges.getByRole('button', { name: 'Ask for changes' }).click();
  await expect(staff.getByText('Changes are requested. The author has been e-mailed the reason.')).toBeVisible();
  await expectNoAccessibilityViolations(staff);

  const mail = await waitForMail(email, { since });
  expect(mail.text).toContain('The source is missing or unclear');
  expect(mail.text).toContain('Please name the original publisher.');

  await page.goto(submission);
  await expect(page.getByText('A coordinator asked for changes')).toBeVisible();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('Reason: The source is missing or unclear');
  await expect(history).toContainText('Please name the original publisher.');
  await page.getByLabel('First published in').fill('Boletín de Monitoreo');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your changes are saved.' })).toBeVisible();
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(page.getByText('Sent for review.')).toBeVisible();

  await staff.goto('/manage/review');
  await staff.getByRole('link', { name: `Review “${title}”` }).click();
  await staff.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(staff.getByText('Approved: it is in the library.')).toBeVisible();
  await staff.getByRole('link', { name: 'See it in the library' }).click();
  await expect(staff).toHaveURL(/\/library\/[^/]+$/);
  const published = staff.url();
  await coordinator.context.close();

  const visitor = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const reader = await visitor.newPage();
  await reader.goto(published);
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(reader.getByText('First published in Boletín de Monitoreo')).toBeVisible();
  await visitor.close();
});

test('a coordinator writes and publishes a piece, renames it, and its old address still leads to it', async ({
  browser,
  baseURL,
}) => {
  const title = `Regional statement ${suffix()}`;
  const { context, page } = await pageAs(browser, baseURL, signedInAs.coordinator);
  await page.goto('/manage');
  await page.getByRole('link', { name: 'Publications' }).click();
  await page.getByRole('link', { name: 'Write a publication' }).click();
  // Nothing filled in: each missing field says so, and the first takes focus.
  await page.getByRole('button', { name: 'Save as a draft' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveAccessibleDescription(/Enter a title\./);
  await expect(page.getByLabel('Title', { exact: true })).toBeFocused();
  await fillPublication(page, title);
  await page.getByRole('button', { name: 'Save as a draft' }).click();
  await expect(page).toHaveURL(/\/manage\/publications\/[^/?]+\?outcome=created$/);
  // The draft as readers will see it, before it is published.
  await page.getByRole('link', { name: 'Preview' }).click();
  await expect(page.getByRole('note').filter({ hasText: 'Preview:' })).toContainText(
    'Preview: this is how readers will see it. State: Draft.',
  );
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Findings' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole('link', { name: 'Back to editing' }).click();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published: it is in the library.')).toBeVisible();
  await page.getByRole('link', { name: 'See it in the library' }).click();
  await expect(page).toHaveURL(/\/library\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const oldAddress = new URL(page.url()).pathname;
  await page.goBack();

  await page.getByLabel('Title', { exact: true }).fill(`${title} (revised)`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your changes are saved.' })).toBeVisible();
  await page.goto(oldAddress);
  await expect(page).toHaveURL(new RegExp(`${oldAddress}-revised$`));
  await expect(page.getByRole('heading', { level: 1, name: `${title} (revised)` })).toBeVisible();

  await page.goto('/manage/publications?status=PUBLISHED');
  await expect(page.getByRole('link', { name: `${title} (revised)` })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await context.close();
});

test('a member shares a resource without JavaScript', async ({ newMember, browser, baseURL }) => {
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    storageState: await newMember.context.storageState(),
  });
  const page = await context.newPage();
  const title = `Shared without scripts ${suffix()}`;
  await page.goto('/account/submissions/new');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Save as a draft' }).click();
  // The server refuses the missing kind beside the field, and keeps what was typed.
  await expect(page.getByText('Choose what kind of publication it is.')).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
  await page.getByLabel('Kind').selectOption('STATEMENT');
  await page.getByRole('button', { name: 'Save as a draft' }).click();
  await expect(page.getByText('The draft is saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(page.getByText('Sent for review.')).toBeVisible();
  await page.goto('/account/submissions');
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('In review');
  await context.close();
});

test('an admin trusts an organisation and its member publishes without review; others see no switch', async ({
  newMember,
  browser,
  baseURL,
}) => {
  const profile = `/directory/${newMember.organization.slug}`;
  // The member and a coordinator see no trust switch on the profile.
  await newMember.page.goto(profile);
  await expect(newMember.page.getByRole('form', { name: 'Publishing' })).toHaveCount(0);
  const coordinator = await pageAs(browser, baseURL, signedInAs.coordinator);
  await coordinator.page.goto(profile);
  await expect(coordinator.page.getByRole('form', { name: 'Publishing' })).toHaveCount(0);
  await coordinator.context.close();
  const admin = await pageAs(browser, baseURL, signedInAs.admin);
  await admin.page.goto(profile);
  const trust = admin.page.getByRole('form', { name: 'Publishing' });
  await expect(trust).toContainText('reviewed by a coordinator of its region first');
  await trust.getByRole('button', { name: 'Mark as trusted' }).click();
  await expect(trust.getByRole('status')).toContainText('Marked trusted');
  await expect(trust.getByRole('button', { name: 'Stop trusting' })).toBeVisible();
  await expectNoAccessibilityViolations(admin.page);
  await admin.context.close();

  const { page } = newMember;
  const title = `Trusted statement ${suffix()}`;
  await page.goto('/account/submissions/new');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Kind').selectOption('STATEMENT');
  await page.getByRole('button', { name: 'Save as a draft' }).click();
  await expect(page.getByText('The draft is saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published: it is in the library.')).toBeVisible();
  await page.getByRole('link', { name: 'See it in the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});
