// Signed-in members, per role, on their account page.
import { expect, test } from '@playwright/test';
import { demoAccounts } from '../prisma/seed';
import { expectNoAccessibilityViolations, signedInAs } from './support';

for (const account of demoAccounts) {
  test.describe(`as ${account.role.toLowerCase()}`, () => {
    test.use({ storageState: signedInAs[account.role.toLowerCase() as keyof typeof signedInAs] });

    test('the header names them and the account page shows their role', async ({ page }) => {
      await page.goto('/account');
      await expect(
        page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: account.name }),
      ).toBeVisible();
      await expect(page.getByRole('main')).toContainText(account.email);
      await expect(page.getByRole('main')).toContainText(
        { MEMBER: 'Member', COORDINATOR: 'Coordinator', ADMIN: 'Administrator' }[account.role],
      );
      await expectNoAccessibilityViolations(page);
    });
  });
}
