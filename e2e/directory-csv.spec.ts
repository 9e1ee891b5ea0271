// An admin downloads the directory as CSV and imports it back (/manage/directory, decision 028): the
// export holds every organisation; the whole file imported again adds nothing; a file adding a new
// organisation shows a dry run, then applies; that organisation's exported row imported again
// changes nothing, and changed in a "spreadsheet" shows each field before and after; a bad row is
// refused by line with its reason and nothing can be applied. Each journey adds the organisations it
// changes (unique slugs), so no demo row is touched. Members, coordinators and visitors are refused.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { expect, test } from './fixtures';
import { demoOrganizations, expectNoAccessibilityViolations, signedInAs, slugOf } from './support';

const suffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Downloads the directory from the page's link: its rows, header first. */
async function downloadDirectory(page: Page): Promise<string[][]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the directory (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^directory-\d{4}-\d{2}-\d{2}\.csv$/);
  return parse(await readFile(await download.path()), { bom: true });
}

/** Chooses a file made of these rows and asks for the dry run. */
async function checkFile(page: Page, rows: string[][]) {
  await page.getByLabel('CSV file').setInputFiles({
    name: 'directory.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(stringify(rows)),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('heading', { name: 'What this file would do' })).toBeVisible();
}

/** A complete row for a new organisation, in the columns of `header`. */
function newRow(header: string[], slug: string, extra: Record<string, string> = {}): string[] {
  const cells: Record<string, string> = {
    slug,
    name: `Spreadsheet Monitors ${slug}`,
    type: 'NGO',
    category: 'MEMBER',
    status: 'ACTIVE',
    joinedAt: '2026-03-01',
    description: '- trains monitors\n- publishes alerts',
    contactEmail: 'office@example.org',
    contactEmailVisibility: 'MEMBERS',
    countries: 'KE UG',
    themes: 'early-warning',
    ...extra,
  };
  return header.map((column) => cells[column] ?? '');
}

test.describe('an admin', () => {
  test.use({ storageState: signedInAs.admin });

  test('exports the directory, imports it back, adds an organisation and changes it after a dry run', async ({
    page,
  }) => {
    test.slow();
    await page.goto('/manage');
    await page.getByRole('link', { name: 'Directory as a spreadsheet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Directory as a spreadsheet' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    const [header = [], ...rows] = await downloadDirectory(page);
    expect(header.slice(0, 3)).toEqual(['slug', 'name', 'type']);
    expect(header).toContain('members');
    const demo = demoOrganizations[0]!;
    expect(rows.map((row) => row[0])).toContain(slugOf(demo.name));

    // The whole export, imported again, adds nothing (others' journeys may change a row meanwhile).
    await checkFile(page, [header, ...rows]);
    await expect(page.getByText(/^Nothing to add, .* no row refused\.$/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Organisations to add' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Check another file' }).click();

    // A new organisation: the dry run lists it and nothing is written until it is applied.
    const slug = `spreadsheet-${suffix()}`;
    await checkFile(page, [header, newRow(header, slug)]);
    await expect(
      page.getByText('1 organisation to add, none to change, none unchanged, no row refused.'),
    ).toBeVisible();
    const creates = page.getByRole('table').filter({ hasText: slug });
    await expect(creates.getByRole('row').nth(1)).toContainText(`2${slug}Spreadsheet Monitors ${slug}`);
    await expectNoAccessibilityViolations(page);
    expect((await page.request.get(`/directory/${slug}`)).status()).toBe(404);
    await page.getByRole('button', { name: 'Apply these changes' }).click();
    await expect(page.getByText('Applied: 1 organisation added, none changed.')).toBeVisible();
    await page.goto(`/directory/${slug}`);
    await expect(page.getByRole('heading', { level: 1, name: `Spreadsheet Monitors ${slug}` })).toBeVisible();

    // Its exported row, imported again, changes nothing; changed, it shows each field before and after.
    await page.goto('/manage/directory');
    const [again = [], ...newRows] = await downloadDirectory(page);
    const exported = newRows.find((row) => row[0] === slug)!;
    expect(exported[again.indexOf('description')]).toBe("'- trains monitors\n- publishes alerts");
    await checkFile(page, [again, exported]);
    await expect(page.getByText('This file matches the directory: there is nothing to apply.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Apply these changes' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Check another file' }).click();

    const changed = [...exported];
    changed[again.indexOf('status')] = 'LAPSED';
    changed[again.indexOf('countries')] = 'KE';
    await checkFile(page, [again, changed]);
    const changes = page.getByRole('table', { name: `Line 2: ${slug} (Spreadsheet Monitors ${slug})` });
    await expect(changes.getByRole('row', { name: 'Status ACTIVE LAPSED' })).toBeVisible();
    await expect(changes.getByRole('row', { name: 'Countries KE UG KE' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.getByRole('button', { name: 'Apply these changes' }).click();
    await expect(page.getByText('Applied: no organisation added, 1 changed.')).toBeVisible();
  });

  test('is told which rows of a bad file are refused and why, and cannot apply it', async ({ page }) => {
    await page.goto('/manage/directory');
    const [header = []] = await downloadDirectory(page);
    const good = `good-${suffix()}`;
    await checkFile(page, [
      header,
      newRow(header, good),
      newRow(header, `bad-${suffix()}`, { countries: 'KE XX', contactEmail: 'not an address' }),
      newRow(header, good, { name: 'Again' }),
    ]);
    await expect(
      page.getByText('1 organisation to add, none to change, none unchanged, 2 rows refused.'),
    ).toBeVisible();
    const refused = page.getByRole('table').filter({ hasText: 'Reason' });
    await expect(refused.getByRole('row').nth(1)).toContainText('Contact email: Not an email address');
    await expect(refused.getByRole('row').nth(1)).toContainText('Countries: Unknown country code (XX)');
    await expect(refused.getByRole('row').nth(2)).toContainText(
      'Slug: The slug is already on an earlier line (line 2)',
    );
    await expect(page.getByRole('button', { name: 'Apply these changes' })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
    expect((await page.request.get(`/directory/${good}`)).status()).toBe(404);
  });

  test('is told a file is too large before it is sent', async ({ page }) => {
    await page.goto('/manage/directory');
    const file = page.getByLabel('CSV file');
    // Over the import's 512 kB, and over the 1 MB Next takes in a server action's body.
    await file.setInputFiles({ name: 'large.csv', mimeType: 'text/csv', buffer: Buffer.alloc(1_200_000, 'a') });
    const tooLarge = 'The file is too large: split it into smaller files.';
    await expect(page.getByRole('alert').filter({ hasText: tooLarge })).toBeVisible();
    await expect(file).toHaveAttribute('aria-invalid', 'true');
    let posted = false;
    page.on('request', (request) => (posted ||= request.method() === 'POST'));
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(file).toBeFocused();
    expect(posted).toBe(false);
    await expectNoAccessibilityViolations(page);
    // A file within the limit is taken again, and checked.
    const [header = []] = await downloadDirectory(page);
    await checkFile(page, [header, newRow(header, `small-${suffix()}`)]);
    expect(posted).toBe(true);
    await expect(page.getByRole('alert').filter({ hasText: tooLarge })).toHaveCount(0);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('checks a file and applies it', async ({ page }) => {
      await page.goto('/manage/directory');
      const header = (await page.request.get('/manage/directory/export.csv').then((response) => response.text()))
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0]!
        .split(',');
      const slug = `no-script-${suffix()}`;
      await checkFile(page, [header, newRow(header, slug)]);
      await page.getByRole('button', { name: 'Apply these changes' }).click();
      await expect(page.getByText('Applied: 1 organisation added, none changed.')).toBeVisible();
      expect((await page.request.get(`/directory/${slug}`)).status()).toBe(200);
    });
  });
});

test('members and coordinators cannot download or import the directory', async ({ playwright, baseURL }) => {
  for (const role of ['member', 'coordinator'] as const) {
    const request = await playwright.request.newContext({ baseURL, storageState: signedInAs[role] });
    const response = await request.get('/manage/directory/export.csv', { maxRedirects: 0 });
    expect(response.status(), role).toBe(403);
    expect(await response.text()).not.toContain('slug,name');
    expect((await request.get('/manage/directory', { maxRedirects: 0 })).status(), role).toBe(403);
    await request.dispose();
  }
});
