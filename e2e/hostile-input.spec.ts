// Input a visitor or a member can send at will must get an answer, never a 500: control characters in
// filters are ignored, and in a form they get a message beside the field.
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
