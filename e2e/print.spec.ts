// A visitor prints a publication and a toolkit: every printed sheet carries the coalition's name and
// the page's address, the screen's header, menu and footer stay off paper, and the toolkit ends on
// its last sheet of content (no blank sheet after it).
import { expect, test } from '@playwright/test';
import { env } from '../lib/env';
import { pdfPageTexts } from './pdf';
import { publicPublications, slugOf, toolkits } from './support';

const name = env.COALITION_NAME;

test('a printed page shows the coalition and its address, not the navigation', async ({ page, baseURL }) => {
  const publication = publicPublications[0]!;
  const path = `/library/${slugOf(publication.title)}`;
  await page.goto(path);
  await expect(page.getByText(`${baseURL}${path}`, { exact: true })).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(`${baseURL}${path}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(publication.title);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
});

for (const toolkit of toolkits) {
  test(`"${toolkit.title}" prints with the coalition and address on every sheet, and no blank sheet`, async ({
    page,
    baseURL,
  }) => {
    const address = `${baseURL}/library/${slugOf(toolkit.title)}`;
    await page.goto(address);
    const pdf = await page.pdf({ format: 'A4' });
    const sheets = pdfPageTexts(pdf);
    expect(sheets.length).toBe(pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length);
    expect(sheets.length).toBeGreaterThan(1);
    for (const [index, sheet] of sheets.entries()) {
      expect(
        sheet.startsWith(`${name} ${address}`),
        `sheet ${index + 1} of ${sheets.length}: ${sheet.slice(0, 120)}`,
      ).toBe(true);
    }
    // The last sheet holds content, not only the heading every sheet repeats.
    const last = sheets.at(-1)!.slice(`${name} ${address}`.length).trim();
    expect(last.length, 'text on the last sheet').toBeGreaterThan(40);
    const lastSection = toolkit.sections!.at(-1)!;
    expect(sheets.join(' ')).toContain(lastSection.heading);
  });
}
