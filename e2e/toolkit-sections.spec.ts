// A toolkit's sections: a coordinator writes them, puts them in order (with JavaScript and without),
// adds a file to one, and publishes; a visitor reads the sections in that order from the table of
// contents, downloads every file as one zip and the toolkit as a PDF. A member is not offered a
// coordinator's toolkit.
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expect, pageAs, test } from './fixtures';
import { expectNoAccessibilityViolations, signedInAs } from './support';

const suffix = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
const pdf = (label: string) =>
  Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

/** A coordinator's new toolkit about Colombia, dated long ago so it sorts after the demo content. */
async function newToolkit(page: Page, title: string) {
  await page.goto('/manage/publications/new');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Kind').selectOption('TOOLKIT');
  await page.getByLabel('Date of publication').fill('2001-05-04');
  await page.locator('summary', { hasText: /^Americas\b/ }).click();
  await page.getByRole('checkbox', { name: 'Colombia', exact: true }).check();
  await page.getByRole('button', { name: 'Save as a draft' }).click();
  await expect(page).toHaveURL(/\/manage\/publications\/[^/?]+\?outcome=created$/);
  return page.url().replace(/\?.*$/, '');
}

async function addSection(page: Page, heading: string, body: string) {
  const form = page.getByRole('form', { name: 'Add a section' });
  await form.getByLabel('Heading').fill(heading);
  await form.getByLabel('Text').fill(body);
  await form.getByRole('button', { name: 'Add the section' }).click();
  await expect(page.getByText('The section is added at the end of the toolkit.')).toBeVisible();
  await expect(page.getByRole('heading', { name: new RegExp(`^Section \\d+: ${heading}$`) })).toBeVisible();
}

const sectionHeadings = (page: Page) =>
  page.getByRole('region', { name: 'Sections' }).getByRole('heading', { level: 3, name: /^Section \d+:/ });

test('a coordinator writes and orders sections; a visitor reads them in order and downloads the zip', async ({
  browser,
  baseURL,
}) => {
  const title = `Monitoring toolkit ${suffix()}`;
  const { context, page } = await pageAs(browser, baseURL, signedInAs.coordinator);
  const workspace = await newToolkit(page, title);
  const sections = page.getByRole('region', { name: 'Sections' });
  await expect(sections).toContainText('No section yet');

  // A heading is required: said beside the field, and nothing is added.
  await sections.getByRole('form', { name: 'Add a section' }).getByRole('button', { name: 'Add the section' }).click();
  await expect(sections.getByRole('form', { name: 'Add a section' }).getByLabel('Heading')).toHaveAccessibleDescription(
    /Enter the section's heading/,
  );

  await addSection(page, 'Before you start', 'Read **this** first.');
  await addSection(page, 'Documenting incidents', 'Write down what, where and when.');
  await addSection(page, 'Templates', 'Forms to copy.');
  await expect(sectionHeadings(page)).toHaveText([
    'Section 1: Before you start',
    'Section 2: Documenting incidents',
    'Section 3: Templates',
  ]);
  await expectNoAccessibilityViolations(page);

  // A file for the Templates section, and one of the toolkit's own.
  const templates = sections.getByRole('region', { name: /Section 3: Templates/ });
  await templates
    .getByLabel('File', { exact: true })
    .setInputFiles({ name: 'incident-form.pdf', mimeType: 'application/pdf', buffer: pdf('form') });
  await templates.getByRole('button', { name: 'Add the file' }).click();
  await expect(page.getByText('The file is added.')).toBeVisible();
  await expect(templates.getByRole('listitem')).toContainText(['incident-form.pdf']);
  const files = page.getByRole('region', { name: 'Files' });
  await files
    .getByLabel('File', { exact: true })
    .setInputFiles({ name: 'overview.pdf', mimeType: 'application/pdf', buffer: pdf('overview') });
  await files.getByRole('button', { name: 'Add the file' }).click();
  await expect(files.getByRole('listitem')).toHaveCount(1);

  // Templates moves up with JavaScript…
  await sections.getByRole('button', { name: 'Move section “Templates” up' }).click();
  await expect(page.getByText('The sections are in their new order.')).toBeVisible();
  await expect(sectionHeadings(page)).toHaveText([
    'Section 1: Before you start',
    'Section 2: Templates',
    'Section 3: Documenting incidents',
  ]);

  // …and once more without: a plain post, back to the section.
  const offline = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    storageState: await context.storageState(),
  });
  const plain = await offline.newPage();
  await plain.goto(workspace);
  await plain.getByRole('button', { name: 'Move section “Templates” up' }).click();
  await expect(plain).toHaveURL(/outcome=sectionMoved/);
  await expect(sectionHeadings(plain)).toHaveText([
    'Section 1: Templates',
    'Section 2: Before you start',
    'Section 3: Documenting incidents',
  ]);
  // Editing a section's text without JavaScript, too.
  const second = plain.getByRole('region', { name: /Section 2: Before you start/ });
  await second.getByLabel('Text').fill('Read **this** first, then the templates.');
  await second.getByRole('button', { name: 'Save the section' }).click();
  await expect(plain).toHaveURL(/outcome=sectionSaved/);
  await offline.close();

  // The preview shows the draft as readers will see it, without what only readers can use yet.
  await page.goto(`${workspace}/preview`);
  await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveText([
    'Templates',
    'Before you start',
    'Documenting incidents',
  ]);
  await expect(page.getByRole('link', { name: 'incident-form.pdf' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Download as PDF|Download all files/ })).toHaveCount(0);

  await page.goto(workspace);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published: it is in the library.')).toBeVisible();
  await page.getByRole('link', { name: 'See it in the library' }).click();
  await expect(page).toHaveURL(/\/library\/[^/]+$/);
  const published = new URL(page.url()).pathname;
  await context.close();

  const visitor = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const reader = await visitor.newPage();
  await reader.goto(published);
  const contents = reader.getByRole('navigation', { name: 'Contents' });
  await expect(contents.getByRole('link')).toHaveText(['Templates', 'Before you start', 'Documenting incidents']);
  await contents.getByRole('link', { name: 'Documenting incidents' }).click();
  await expect(reader).toHaveURL(/#section-3$/);
  await expect(reader.getByText('Read this first, then the templates.')).toBeVisible();
  await expectNoAccessibilityViolations(reader);

  const downloadAll = reader.getByRole('link', { name: 'Download all files (2 files) as a zip' });
  const download = reader.waitForEvent('download');
  await downloadAll.click();
  const zip = await download;
  expect(zip.suggestedFilename()).toMatch(/^monitoring-toolkit-.+\.zip$/);
  const response = await visitor.request.get((await downloadAll.getAttribute('href'))!);
  expect(response.headers()['content-type']).toBe('application/zip');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  const entries = unzipSync(new Uint8Array(await response.body()));
  expect(Object.keys(entries)).toEqual(['overview.pdf', '01 Templates/incident-form.pdf']);
  expect(Buffer.from(entries['01 Templates/incident-form.pdf']!)).toEqual(pdf('form'));

  // The toolkit as a PDF, made on the server.
  const asPdf = await visitor.request.get(
    (await reader.getByRole('link', { name: 'Download as PDF' }).getAttribute('href'))!,
  );
  expect(asPdf.status()).toBe(200);
  expect(asPdf.headers()['content-type']).toBe('application/pdf');
  expect(asPdf.headers()['content-disposition']).toMatch(/^attachment; filename=/);
  expect(
    Buffer.from(await asPdf.body())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  await visitor.close();
});

test('a member cannot change the sections of a toolkit staff wrote', async ({ browser, baseURL }) => {
  const coordinator = await pageAs(browser, baseURL, signedInAs.coordinator);
  const workspace = await newToolkit(coordinator.page, `Staff toolkit ${suffix()}`);
  await addSection(coordinator.page, 'Staff only', 'Written by staff.');
  await coordinator.context.close();

  const member = await pageAs(browser, baseURL, signedInAs.member);
  const response = await member.page.goto(workspace);
  expect(response?.status()).toBe(403);
  await expect(member.page.getByRole('button', { name: /Move section|Remove the section/ })).toHaveCount(0);
  await member.context.close();
});
