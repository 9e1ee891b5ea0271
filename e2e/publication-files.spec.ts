// A publication's files: a coordinator adds them (a program named .pdf is refused beside the field),
// orders them and publishes; a visitor downloads one as an attachment; a members-only file sends a
// visitor to sign in, on its copied address too. The same form without JavaScript.
import type { Page } from '@playwright/test';
import { expect, pageAs, test } from './fixtures';
import { expectNoAccessibilityViolations, signedInAs } from './support';

const suffix = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
const pdf = (label: string) =>
  Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

/** A coordinator's new draft about Colombia, dated long ago so it sorts after the demo content. */
async function newDraft(page: Page, title: string, membersOnly = false) {
  await page.goto('/manage/publications/new');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Kind').selectOption('REPORT');
  await page.getByLabel('Date of publication').fill('2001-05-04');
  await page.locator('summary', { hasText: /^Americas\b/ }).click();
  await page.getByRole('checkbox', { name: 'Colombia', exact: true }).check();
  if (membersOnly) await page.getByRole('radio', { name: /Members only/ }).check();
  await page.getByRole('button', { name: 'Save as a draft' }).click();
  await expect(page).toHaveURL(/\/manage\/publications\/[^/?]+\?outcome=created$/);
  return page.url().replace(/\?.*$/, '');
}

test('a coordinator adds, orders and publishes files, and a visitor downloads one', async ({ browser, baseURL }) => {
  const title = `Field guide ${suffix()}`;
  const { context, page } = await pageAs(browser, baseURL, signedInAs.coordinator);
  await newDraft(page, title);
  const files = page.getByRole('region', { name: 'Files' });
  await expect(files).toContainText('No file yet.');

  // A program dressed as a PDF: refused by its content, beside the field.
  await files.getByLabel('File', { exact: true }).setInputFiles({
    name: 'report.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(4096, 0x90)]),
  });
  await files.getByRole('button', { name: 'Add the file' }).click();
  await expect(files.getByLabel('File', { exact: true })).toHaveAccessibleDescription(
    /This kind of file cannot be added/,
  );

  await files.getByLabel('Title of the file (optional)').fill('Summary for the press');
  await files
    .getByLabel('File', { exact: true })
    .setInputFiles({ name: 'summary.pdf', mimeType: 'application/pdf', buffer: pdf('summary') });
  await files.getByRole('button', { name: 'Add the file' }).click();
  await expect(page.getByText('The file is added.')).toBeVisible();
  await files
    .getByLabel('File', { exact: true })
    .setInputFiles({ name: 'Full report.pdf', mimeType: 'application/pdf', buffer: pdf('full') });
  await files.getByRole('button', { name: 'Add the file' }).click();
  await expect(files.getByRole('listitem')).toHaveCount(2);
  await expectNoAccessibilityViolations(page);

  await files.getByRole('button', { name: 'Move “Full report.pdf” up' }).click();
  await expect(page.getByText('The files are in their new order.')).toBeVisible();
  await expect(files.getByRole('listitem').first()).toContainText('Full report.pdf');

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published: it is in the library.')).toBeVisible();
  await page.getByRole('link', { name: 'See it in the library' }).click();
  await expect(page).toHaveURL(/\/library\/[^/]+$/);
  const published = new URL(page.url()).pathname;
  await context.close();

  const visitor = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const reader = await visitor.newPage();
  await reader.goto(published);
  const list = reader.getByRole('region', { name: 'Files' });
  await expect(list.getByRole('listitem').first()).toContainText('Full report.pdf');
  await expect(list.getByRole('listitem').nth(1)).toContainText('Summary for the press');
  await expect(list.getByRole('listitem').nth(1)).toContainText(/PDF, 1 kB/);
  await expectNoAccessibilityViolations(reader);
  const download = reader.waitForEvent('download');
  await list.getByRole('link', { name: 'Summary for the press' }).click();
  expect((await download).suggestedFilename()).toBe('summary.pdf');

  const href = await list.getByRole('link', { name: 'Summary for the press' }).getAttribute('href');
  const response = await visitor.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="?summary\.pdf"?/);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(Buffer.from(await response.body())).toEqual(pdf('summary'));
  await visitor.close();
});

test('a members-only file sends a visitor to sign in, its copied address too', async ({ browser, baseURL }) => {
  const title = `Internal briefing ${suffix()}`;
  const { context, page } = await pageAs(browser, baseURL, signedInAs.coordinator);
  await newDraft(page, title, true);
  const files = page.getByRole('region', { name: 'Files' });
  await files
    .getByLabel('File', { exact: true })
    .setInputFiles({ name: 'briefing.pdf', mimeType: 'application/pdf', buffer: pdf('briefing') });
  await files.getByRole('button', { name: 'Add the file' }).click();
  await expect(page.getByText('The file is added.')).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('link', { name: 'See it in the library' }).click();
  await expect(page).toHaveURL(/\/library\/[^/]+$/);
  const href = await page
    .getByRole('region', { name: 'Files' })
    .getByRole('link', { name: 'briefing.pdf' })
    .getAttribute('href');
  const asMember = await context.request.get(href!);
  expect(asMember.status()).toBe(200);
  expect(asMember.headers()['cache-control']).toBe('private, no-store');
  await context.close();

  const visitor = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const refused = await visitor.request.get(href!, { maxRedirects: 0 });
  expect(refused.status()).toBe(303);
  expect(refused.headers()['location']).toContain('/sign-in?callbackUrl=');
  await visitor.close();
});

test('a file is added without JavaScript, and a refusal shows beside the field', async ({ browser, baseURL }) => {
  const coordinator = await pageAs(browser, baseURL, signedInAs.coordinator);
  const workspace = await newDraft(coordinator.page, `Offline toolkit ${suffix()}`);
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    storageState: await coordinator.context.storageState(),
  });
  await coordinator.context.close();
  const page = await context.newPage();
  await page.goto(workspace);
  const files = page.getByRole('region', { name: 'Files' });
  await files.getByLabel('File', { exact: true }).setInputFiles({
    name: 'tool.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(1024)]),
  });
  await files.getByRole('button', { name: 'Add the file' }).click();
  await expect(page).toHaveURL(/fileError=fileType/);
  await expect(files.getByText('This kind of file cannot be added.', { exact: false })).toBeVisible();
  await files.getByLabel('Title of the file (optional)').fill('Checklist');
  await files
    .getByLabel('File', { exact: true })
    .setInputFiles({ name: 'checklist.pdf', mimeType: 'application/pdf', buffer: pdf('checklist') });
  await files.getByRole('button', { name: 'Add the file' }).click();
  await expect(page.getByText('The file is added.')).toBeVisible();
  await expect(files.getByRole('listitem')).toContainText(['Checklist']);
  await files.getByRole('button', { name: 'Remove “Checklist”' }).click();
  await expect(page.getByText('The file is removed.')).toBeVisible();
  await expect(files).toContainText('No file yet.');
  await context.close();
});

test('a file over the limit is refused with 413 before it is read; a large one within it is not', async ({
  playwright,
  baseURL,
}) => {
  const request = await playwright.request.newContext({ baseURL, storageState: signedInAs.coordinator });
  const post = (bytes: number) =>
    request.post('/api/publications/no-such-record/attachments', {
      headers: { accept: 'application/json' },
      multipart: { file: { name: 'big.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(bytes, 0x20) } },
    });
  const tooBig = await post(21 * 1024 * 1024);
  expect(tooBig.status()).toBe(413);
  expect(await tooBig.text()).toContain('The file is larger than 20 MB.');
  // 2 MB is over the 1 MB of ordinary forms, yet reaches the upload's own check (no such publication).
  expect((await post(2 * 1024 * 1024)).status()).toBe(404);
  await request.dispose();
});
