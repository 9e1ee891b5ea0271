// People administration and the audit log, for admins only. The seeded accounts' stored sessions are
// shared with other journeys, so this journey never suspends them, changes their role or ends their
// sessions: it saves forms that change nothing. What the changes do (sessions ending, suspension,
// the last admin, the audit events) is covered by lib/members/people.test.ts and lib/audit/queries.test.ts.
import { expect, test, type Page } from '@playwright/test';
import { demoAccounts } from '../prisma/seed';
import { expectNoAccessibilityViolations, signedInAs } from './support';

const account = (role: (typeof demoAccounts)[number]['role']) => demoAccounts.find((demo) => demo.role === role)!;
const member = account('MEMBER');
const coordinator = account('COORDINATOR');
const admin = account('ADMIN');

const peopleTable = (page: Page) => page.getByRole('table', { name: 'People, by name' });

async function openPerson(page: Page, email: string, name: string) {
  await page.goto('/manage/people');
  await page.getByLabel('Name or email').fill(email);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\?q=/);
  await peopleTable(page).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test.describe('as an admin', () => {
  test.use({ storageState: signedInAs.admin });

  test('lists people, searches and filters them', async ({ page }) => {
    await page.goto('/manage/people');
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    for (const demo of demoAccounts) {
      const row = peopleTable(page).getByRole('row').filter({ hasText: demo.email });
      await expect(row.getByRole('link', { name: demo.name })).toBeVisible();
    }
    await expect(peopleTable(page).getByRole('row').filter({ hasText: coordinator.email })).toContainText(
      'Coordinator',
    );
    await expectNoAccessibilityViolations(page);

    await page.getByLabel('Role').selectOption('ADMIN');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/role=ADMIN/);
    await expect(peopleTable(page).getByRole('link', { name: admin.name })).toBeVisible();
    await expect(peopleTable(page).getByRole('link', { name: member.name })).toHaveCount(0);

    await page.goto('/manage/people?q=nobody-by-this-name-at-all&status=SUSPENDED&page=oops');
    await expect(page.getByText('No one matches these filters.')).toBeVisible();
  });

  test("opens another person's page with the role, access and session forms, and saves the role", async ({ page }) => {
    await openPerson(page, coordinator.email, coordinator.name);
    const main = page.getByRole('main');
    await expect(main).toContainText(coordinator.email);
    await expect(page.getByRole('radio', { name: /^Coordinator/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Americas' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Europe' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Africa', exact: true })).not.toBeChecked();
    await expect(page.getByRole('button', { name: 'Suspend account' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'End all sessions' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // Saving what is already there changes nothing, and says so.
    await page.getByRole('button', { name: 'Save role' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Nothing changed' })).toBeVisible();
    await expect(page.getByRole('radio', { name: /^Coordinator/ })).toBeChecked();
  });

  test('the role form works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ storageState: signedInAs.admin, javaScriptEnabled: false });
    const page = await context.newPage();
    await openPerson(page, member.email, member.name);
    await expect(page.getByRole('radio', { name: /^Member/ })).toBeChecked();
    await page.getByRole('button', { name: 'Save role' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Nothing changed' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: member.name })).toBeVisible();
    await context.close();
  });

  test('their own record has no forms: another admin must change it', async ({ page }) => {
    await openPerson(page, admin.email, admin.name);
    await expect(page.getByText('This is your own account.')).toBeVisible();
    for (const name of ['Save role', 'Suspend account', 'Reactivate account', 'End all sessions']) {
      await expect(page.getByRole('button', { name })).toHaveCount(0);
    }
  });

  test('reads the audit log, filtered by action, and ignores invalid filters', async ({ page }) => {
    await page.goto('/manage/audit');
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Filter events' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    const response = await page.goto('/manage/audit?action=member.change_role&from=not-a-day&to=2026-13-40&page=-1');
    expect(response?.status()).toBe(200);
    await expect(page.getByLabel('Action')).toHaveValue(/^(member\.change_role)?$/);
    // Every event listed is of the chosen action (the log may hold none yet).
    const actions = page.getByRole('table', { name: 'Audit events, newest first' }).locator('tbody tr td:nth-child(3)');
    for (const action of await actions.allTextContents()) expect(action).toBe('member.change_role');
    await expect(page.getByRole('link', { name: 'Clear all filters' })).toBeVisible();
  });
});

for (const role of ['member', 'coordinator'] as const) {
  test.describe(`as a ${role}`, () => {
    test.use({ storageState: signedInAs[role] });

    test('people and the audit log are not open to them', async ({ page }) => {
      for (const path of ['/manage/people', '/manage/audit']) {
        const response = await page.goto(path);
        expect(response?.status()).toBe(403);
        await expect(page.getByRole('heading', { level: 1, name: 'This page is not open to you' })).toBeVisible();
      }
    });
  });
}

test('a visitor is sent to sign in', async ({ page }) => {
  for (const path of ['/manage/people', '/manage/audit']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fmanage/);
  }
});
