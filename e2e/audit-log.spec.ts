// An organisation applies and an admin approves it; the audit log then shows the events with every
// column in view, links each record to its page, and fits a phone screen without sideways scrolling.
import { devices, expect, test, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations, signedInAs, slugOf } from './support';

test.use({ storageState: signedInAs.admin });

const suffix = `${Date.now().toString(36)}${process.pid.toString(36)}`;
const applicant = {
  organizationName: `Audited Monitors ${suffix}`,
  email: `audited-${suffix}@example.org`,
  // A long value without spaces, which must wrap inside the Changes column.
  website: `https://example.org/monitors/${'a-very-long-path-segment-'.repeat(6)}${suffix}`,
};

async function applyAndApprove(visitor: Page, admin: Page) {
  await visitor.goto('/join');
  await visitor.getByLabel('Name of the organisation').fill(applicant.organizationName);
  await visitor.getByLabel('Type of organisation').selectOption('NGO');
  await visitor.getByRole('radio', { name: 'Member', exact: true }).check();
  await visitor.getByLabel('What your organisation does').fill('We document attacks on civilians.');
  await visitor.getByLabel('Website (optional)').fill(applicant.website);
  await visitor.locator('summary', { hasText: /^Africa\b/ }).click();
  await visitor.getByRole('checkbox', { name: 'Kenya', exact: true }).check();
  await visitor.getByRole('checkbox', { name: 'early warning', exact: true }).check();
  await visitor.getByLabel('Full name').fill('Wanjiru Kamau');
  await visitor.getByLabel('Email address').fill(applicant.email);
  await visitor.getByRole('checkbox', { name: /I agree that the coalition stores these details/ }).check();
  await visitor.getByRole('button', { name: 'Send the application' }).click();
  await expect(visitor.getByRole('heading', { name: 'Thank you: we received your application' })).toBeVisible();

  await admin.goto('/manage/applications');
  await admin.getByRole('link', { name: applicant.organizationName }).click();
  await admin.getByRole('button', { name: 'Approve the application' }).click();
  await expect(admin.getByRole('status')).toContainText('The application is approved');
}

/** This journey's events: the actor is the admin, the organisation is named in the changes. */
const auditUrl = '/manage/audit?actor=admin%40example.org';

test('the audit log shows every column, links records and fits a phone', async ({ page, browser, baseURL }) => {
  // An application, its approval, three record pages and a phone: a long journey.
  test.slow();
  const visitor = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  await applyAndApprove(await visitor.newPage(), page);
  await visitor.close();

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(auditUrl);
  const table = page.getByRole('table', { name: 'Audit events, newest first' });
  const created = table
    .getByRole('row')
    .filter({ hasText: 'organization.create' })
    .filter({ hasText: applicant.organizationName });
  await expect(created).toHaveCount(1);

  // The Changes column is whole: the table is no wider than the page and the long value wraps.
  const changes = created.getByRole('cell').last();
  await expect(changes).toContainText(applicant.website);
  const [tableBox, changesBox] = [(await table.boundingBox())!, (await changes.boundingBox())!];
  expect(changesBox.x + changesBox.width).toBeLessThanOrEqual(tableBox.x + tableBox.width + 1);
  expect(tableBox.x + tableBox.width).toBeLessThanOrEqual(1280);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(1280);
  await expectNoAccessibilityViolations(page);

  // Each record's id leads to its page: the organisation's profile, the application, the person.
  await created.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/directory/${slugOf(applicant.organizationName)}$`));
  await expect(page.getByRole('heading', { level: 1, name: applicant.organizationName })).toBeVisible();

  await page.goto(auditUrl);
  await table.getByRole('row').filter({ hasText: 'application.approve' }).first().getByRole('link').click();
  await expect(page).toHaveURL(/\/manage\/applications\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: applicant.organizationName })).toBeVisible();

  await page.goto(auditUrl);
  await table
    .getByRole('row')
    .filter({ hasText: 'member.invite' })
    .filter({ hasText: applicant.email })
    .getByRole('link')
    .click();
  await expect(page).toHaveURL(/\/manage\/people\/[^/]+$/);
  await expect(page.getByRole('main')).toContainText(applicant.email);

  // On a phone: one card per event, and the page does not scroll sideways.
  const phone = await browser.newContext({ ...devices['Pixel 7'], baseURL, storageState: signedInAs.admin });
  const small = await phone.newPage();
  await small.goto(auditUrl);
  const events = small.getByRole('list', { name: 'Audit events, newest first' });
  await expect(events.getByRole('listitem').filter({ hasText: applicant.website })).toHaveCount(1);
  const scroll = await small.evaluate(() => {
    const root = document.scrollingElement!;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(scroll.scrollWidth).toBeLessThanOrEqual(scroll.clientWidth);
  await expectNoAccessibilityViolations(small);
  await phone.close();
});
