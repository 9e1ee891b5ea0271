// Input a visitor or a member can send at will must get an answer, never a 500: control characters in
// filters are ignored, and in a form they get a message beside the field.
import { request as httpRequest } from 'node:http';
import { expect, test } from './fixtures';
import { signedInAs } from './support';

test('a NUL byte in a filter is ignored, for visitors and staff', async ({ request, browser, baseURL }) => {
  for (const url of ['/directory?theme=%00', '/library?theme=%00&language=%00&region=%00', '/directory?type=%00']) {
    expect((await request.get(url)).status(), url).toBe(200);
  }
  const admin = await browser.newContext({ baseURL, storageState: signedInAs.admin });
  expect((await admin.request.get('/manage/people?q=%00')).status()).toBe(200);
  expect((await admin.request.get('/manage/audit?actor=%00&action=%00')).status()).toBe(200);
  await admin.close();
});

test('a control character in a form field gets a message beside it and nothing is saved', async ({ newMember }) => {
  const { page } = newMember;
  await page.goto('/account');
  const form = page.getByRole('region', { name: 'Change your name' });
  const name = form.getByLabel('Name', { exact: true });
  const before = await name.inputValue();
  await name.fill('Ana\u0000 Quispe');
  await form.getByRole('button', { name: 'Save name' }).click();
  await expect(name).toHaveAccessibleDescription(/Remove the invisible control characters from this field\./);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Change your name' }).getByLabel('Name', { exact: true })).toHaveValue(
    before,
  );
});

test('a body over 1 MB is refused at once with 413, one of unknown length with 411, anywhere', async ({
  request,
  baseURL,
}) => {
  const tenMegabytes = 'x'.repeat(10 * 1024 * 1024);
  for (const url of ['/join', '/api/sign-in', '/account', '/']) {
    const response = await request.post(url, {
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'next-action': 'no-such-action' },
      data: `description=${tenMegabytes}`,
      maxRedirects: 0,
    });
    expect(response.status(), url).toBe(413);
    expect(await response.text()).toContain('larger than 1 MB');
  }

  // A chunked body has no length to check up front: refused before it is read.
  const status = await new Promise<number>((resolve, reject) => {
    const chunked = httpRequest(new URL('/join', baseURL), {
      method: 'POST',
      headers: { 'transfer-encoding': 'chunked' },
    });
    chunked.on('response', (response) => resolve(response.statusCode ?? 0));
    chunked.on('error', reject);
    chunked.write('description=');
    chunked.end('x'.repeat(1024));
  });
  expect(status).toBe(411);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a form post just under the limit is still answered by the form, not with a 500', async ({ page }) => {
    await page.goto('/join');
    // The browser's own checks would stop it first: send what a script would.
    await page.locator('textarea[name="description"]').evaluate((field: HTMLTextAreaElement) => {
      field.removeAttribute('maxlength');
      field.value = 'a'.repeat(900 * 1024);
      field.form!.noValidate = true;
    });
    const posted = page.waitForResponse((response) => response.request().method() === 'POST');
    await page.getByRole('button', { name: 'Send the application' }).click();
    expect((await posted).status()).toBeLessThan(500);
    await expect(page.getByText('Use at most 5000 characters for the description.').first()).toBeVisible();
  });
});
