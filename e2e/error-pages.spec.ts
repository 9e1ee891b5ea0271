// Not-found and refusal pages, wherever they are raised: inside the site's one header and footer,
// with the status they stand for, and drawn by the server: without JavaScript too
// (docs/decisions/009-server-rendered-refusals.md).
import { expect, test, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations, membersOnlyPublications, signedInAs, slugOf } from './support';

const cases = [
  { name: 'a 404 in the public pages', path: '/directory/no-such-organisation', as: null, status: 404 },
  // notFound() from a member page: an ?org= that cannot be a slug.
  { name: 'a 404 under /account', path: '/account/organization?org=%21%21', as: 'member', status: 404 },
  // forbidden() from the staff area's layout.
  { name: 'a 403 under /manage for a member', path: '/manage/people', as: 'member', status: 403 },
  // forbidden() from a page inside the staff area's layout.
  { name: 'a 403 under /manage for a coordinator', path: '/manage/people', as: 'coordinator', status: 403 },
  // unauthorized() from a public page.
  {
    name: 'a 401 for a visitor on a members-only publication',
    path: `/library/${slugOf(membersOnlyPublications[0]!.title)}`,
    as: null,
    status: 401,
  },
] as const;

const headings = {
  404: 'We could not find that page',
  403: 'This page is not open to you',
  401: 'Please sign in',
} as const;

async function expectOneShell(page: Page) {
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
}

for (const { name, path, as, status } of cases) {
  test.describe(name, () => {
    if (as) test.use({ storageState: signedInAs[as] });

    test(`answers ${status} inside one header, one main landmark and one footer`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings[status]);
      await expectOneShell(page);
      await expectNoAccessibilityViolations(page);
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });

      test(`shows the ${status} page from the HTML itself`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(status);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings[status]);
        await expectOneShell(page);
      });
    });
  });
}
