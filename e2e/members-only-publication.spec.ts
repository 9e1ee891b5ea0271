// A visitor follows a link to a members-only publication: they are asked to sign in (401), learn
// nothing of it, and land on it once signed in.
import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, membersOnlyPublications, signedInAs, slugOf } from './support';

const publication = membersOnlyPublications[0]!;
const path = `/library/${slugOf(publication.title)}`;

test('a visitor is offered to sign in, without the title or content, and a member reads it', async ({
  page,
  browser,
  baseURL,
}) => {
  const response = await page.goto(path);
  expect(response?.status()).toBe(401);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Please sign in');
  expect(await page.title()).not.toContain(publication.title);
  await expect(page.getByRole('main')).not.toContainText(publication.title);
  await expect(page.getByRole('main')).not.toContainText(publication.summary);
  await expectNoAccessibilityViolations(page);

  const signIn = page.getByRole('main').getByRole('link', { name: 'Member sign in' });
  await expect(signIn).toHaveAttribute('href', `/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  await signIn.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Member sign in');
  const signInUrl = page.url();

  // Typing the password is the sign-in journey's; here the stored member session stands for it.
  const context = await browser.newContext({ baseURL, storageState: signedInAs.member });
  const member = await context.newPage();
  await member.goto(signInUrl);
  await expect(member).toHaveURL(path);
  await expect(member.getByRole('heading', { level: 1 })).toHaveText(publication.title);
  await context.close();
});
