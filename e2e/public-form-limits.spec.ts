// Public forms have limits per sender and per target (docs/operations.md "Limits"): over one, the
// form says how long to wait, beside the form, and nothing is stored or mailed. The limit per
// client address is tested in lib/applications (this suite reaches the server from one address and
// raises it); the limit per contact address is met here.
import { expect, test } from '@playwright/test';
import { fillApplication, uniqueApplicant } from './fixtures';
import { mailTo } from './mail';

test('a fourth application naming one contact address within a day is refused, and nothing is mailed', async ({
  page,
}) => {
  const applicant = uniqueApplicant('Flooded');
  const since = new Date(0);
  await fillApplication(page, applicant, 'Americas', 'Colombia');
  await page.getByRole('button', { name: 'Send the application' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you: we received your application' })).toBeVisible();

  // Two more name the same inbox: each counts, and is told an application is waiting.
  for (const attempt of [2, 3]) {
    await fillApplication(
      page,
      { ...applicant, organizationName: `${applicant.organizationName} ${attempt}` },
      'Americas',
      'Colombia',
    );
    await page.getByRole('button', { name: 'Send the application' }).click();
    await expect(page.locator('#join-contactEmail-error')).toHaveText(
      'An application with this email address is already waiting for review. We will reply to it soon.',
    );
  }

  const fourth = { ...applicant, organizationName: `${applicant.organizationName} 4` };
  await fillApplication(page, fourth, 'Americas', 'Colombia');
  await page.getByRole('button', { name: 'Send the application' }).click();
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'Too many applications were sent from your network or for this email address' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/Try again in (24|23) hours\./);
  // The values stay in the form; the inbox got the first acknowledgement only.
  await expect(page.getByLabel('Name of the organisation')).toHaveValue(fourth.organizationName);
  expect(await mailTo(applicant.email, since)).toHaveLength(1);
});
