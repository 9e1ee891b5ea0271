// The client address is the TCP peer's unless TRUSTED_PROXIES says otherwise (this server trusts no
// proxy): a client that writes X-Forwarded-For, X-Real-IP or the portal's own header gains nothing.
// Limits hold against it, and the audit log records the address the request really came from.
import { expect, test } from './fixtures';
import { signedInAs } from './support';

/** Every header a client might forge to pass for someone else, with a different address each time. */
const forgedHeaders = (n: number) => ({
  'x-forwarded-for': `198.51.100.${n}`,
  'x-real-ip': `198.51.100.${n}`,
  'x-portal-client-address': `forged 198.51.100.${n}`,
  accept: 'application/json',
});

test('wrong passwords with a new forged address each still meet the limit (429)', async ({
  playwright,
  baseURL,
  newMember,
}) => {
  const attacker = await playwright.request.newContext({ baseURL });
  const statuses: number[] = [];
  for (let attempt = 1; attempt <= 8; attempt++) {
    const response = await attacker.post('/api/sign-in', {
      form: { email: newMember.email, password: `wrong guess ${attempt}` },
      headers: forgedHeaders(attempt),
      maxRedirects: 0,
    });
    statuses.push(response.status());
  }
  // Five failures per account and address; every attempt came from the same peer.
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
  await attacker.dispose();
});

test('the audit log records the peer address, not the one a client claims', async ({ browser, baseURL, newMember }) => {
  const { page } = newMember;
  await page.setExtraHTTPHeaders(forgedHeaders(77));
  await page.goto('/account');
  const form = page.getByRole('region', { name: 'Change your name' });
  await form.getByLabel('Name', { exact: true }).fill(`Ana Forged ${Date.now()}`);
  await form.getByRole('button', { name: 'Save name' }).click();
  await expect(form.getByRole('status')).toHaveText('Your name is saved.');

  const admin = await browser.newContext({ baseURL, storageState: signedInAs.admin });
  const auditPage = await admin.newPage();
  await auditPage.goto(`/manage/audit?actor=${encodeURIComponent(newMember.email)}`);
  const row = auditPage
    .getByRole('table', { name: 'Audit events, newest first' })
    .getByRole('row')
    .filter({ hasText: 'member.update_name' })
    .first();
  await expect(row).toContainText('127.0.0.1');
  await expect(row).not.toContainText('198.51.100.77');
  await admin.close();
});
