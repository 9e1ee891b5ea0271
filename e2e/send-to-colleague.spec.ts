// "Send to a colleague": a visitor sends a publication through the portal's mailer, with a note
// that arrives in the body; the form says what is wrong beside the field, and works without
// JavaScript; a members-only publication's form is for members.
import { expect, test } from '@playwright/test';
import { waitForMail } from './mail';
import { expectNoAccessibilityViolations, membersOnlyPublications, publicPublications, slugOf } from './support';

const inbox = (label: string) =>
  `colleague-${label}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}@example.org`;
const publication = publicPublications[0]!;

test.use({ storageState: { cookies: [], origins: [] } });

test('a visitor sends a publication to a colleague, with a note', async ({ page }) => {
  await page.goto(`/library/${slugOf(publication.title)}`);
  await page.getByRole('link', { name: 'Send to a colleague' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Send to a colleague' })).toBeVisible();
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByLabel('Their e-mail address')).toHaveAccessibleDescription(/Enter their e-mail address\./);
  const to = inbox('js');
  await page.getByLabel('Their e-mail address').fill(to);
  await page.getByLabel('A note for them (optional)').fill('See the second chapter.\nIt covers our region.');
  await expectNoAccessibilityViolations(page);
  const since = new Date();
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status')).toContainText('The link is on its way.');
  const mail = await waitForMail(to, { since });
  expect(mail.subject).toContain(publication.title);
  expect(mail.subject).not.toContain('chapter');
  expect(mail.text).toContain('See the second chapter.\nIt covers our region.');
  expect(mail.text).toContain(`/library/${slugOf(publication.title)}`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form refuses a bad address beside the field, then sends', async ({ page }) => {
    await page.goto(`/library/${slugOf(publication.title)}/send`);
    await page.getByLabel('Their e-mail address').fill('not-an-address');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await expect(page.getByText('Enter an e-mail address such as name@example.org.')).toBeVisible();
    const to = inbox('nojs');
    await page.getByLabel('Their e-mail address').fill(to);
    const since = new Date();
    await page.getByRole('button', { name: 'Send the link' }).click();
    await expect(page.getByText('The link is on its way.')).toBeVisible();
    await waitForMail(to, { since });
  });
});

test('a members-only publication is not sent by a visitor', async ({ request }) => {
  const membersOnly = membersOnlyPublications[0]!;
  const response = await request.get(`/library/${slugOf(membersOnly.title)}/send`);
  expect(response.status()).toBe(401);
});
