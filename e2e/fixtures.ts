// People and organisations a journey creates for itself, so that no journey changes a row another one
// reads. They are made the way real ones are (the server under test owns its embedded database, and
// a second connection to it from the test process is not safe: lib/database/embedded.ts): an
// organisation applies at /join, the demo coordinator approves it, and its contact person sets a
// password from the invitation mail. Use `test` from this file and ask for `newMember`.
import { expect, test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { linkIn, newestMailTo } from './mail';
import { signedInAs, slugOf } from './support';

let sequence = 0;

/** Names and addresses no other test uses. */
export function uniqueApplicant(label: string) {
  sequence += 1;
  const suffix = `${Date.now().toString(36)}${process.pid.toString(36)}${sequence}`;
  return {
    organizationName: `${label} Monitors ${suffix}`,
    email: `applicant-${suffix}@example.org`,
  };
}

export type Applicant = ReturnType<typeof uniqueApplicant>;

/** Fills /join for an NGO working in one country of one region. */
export async function fillApplication(page: Page, applicant: Applicant, region: string, country: string) {
  await page.goto('/join');
  await page.getByLabel('Name of the organisation').fill(applicant.organizationName);
  await page.getByLabel('Type of organisation').selectOption('NGO');
  await page.getByRole('radio', { name: 'Member', exact: true }).check();
  await page
    .getByLabel('What your organisation does')
    .fill('We document attacks on civilians and train community monitors.');
  await page.getByLabel('Website (optional)').fill('https://example.org/monitors');
  await page.locator('summary', { hasText: new RegExp(`^${region}\\b`) }).click();
  await page.getByRole('checkbox', { name: country, exact: true }).check();
  await page.getByRole('checkbox', { name: 'early warning', exact: true }).check();
  await page.getByRole('checkbox', { name: 'civilian protection', exact: true }).check();
  await page.getByLabel('Full name').fill('Ana Quispe');
  await page.getByLabel('Email address').fill(applicant.email);
  await page.getByLabel('Role in the organisation (optional)').fill('Director');
  await page.getByRole('checkbox', { name: /I agree that the coalition stores these details/ }).check();
}

/** Fills and sends /join, and sees the confirmation. */
export async function apply(page: Page, applicant: Applicant, region: string, country: string) {
  await fillApplication(page, applicant, region, country);
  await page.getByRole('button', { name: 'Send the application' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you: we received your application' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(applicant.email);
}

export async function pageAs(browser: Browser, baseURL: string | undefined, storageState: string) {
  const context = await browser.newContext({ baseURL, storageState });
  return { context, page: await context.newPage() };
}

/** The invitation (or reset) link mailed to an address, once it has arrived. */
export async function passwordLinkFor(email: string, since = new Date(0)) {
  const isLink = (mail: { text: string; sentAt: string }) =>
    mail.text.includes('/set-password/') && new Date(mail.sentAt) >= since;
  await expect.poll(async () => (await newestMailTo(email, isLink)) !== null, { timeout: 15_000 }).toBe(true);
  return linkIn((await newestMailTo(email, isLink))!, '/set-password/');
}

/** Approves a waiting application as the demo coordinator (who covers the Americas). */
export async function approveAsCoordinator(browser: Browser, baseURL: string | undefined, organizationName: string) {
  const coordinator = await pageAs(browser, baseURL, signedInAs.coordinator);
  await coordinator.page.goto('/manage/applications');
  await coordinator.page.getByRole('link', { name: organizationName }).click();
  await coordinator.page.getByRole('button', { name: 'Approve the application' }).click();
  await expect(coordinator.page.getByRole('status')).toContainText('The application is approved');
  await coordinator.context.close();
}

export interface NewMember {
  name: string;
  email: string;
  password: string;
  organization: { name: string; slug: string };
  /** A browser context signed in as the new member, and a page in it. */
  context: BrowserContext;
  page: Page;
}

/** A member of a new organisation in Colombia (Americas), signed in, with a password of their own. */
export async function createMember(browser: Browser, baseURL: string | undefined, label = 'Fixture') {
  const applicant = uniqueApplicant(label);
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await apply(page, applicant, 'Americas', 'Colombia');
  await approveAsCoordinator(browser, baseURL, applicant.organizationName);
  const password = `own passphrase for ${applicant.email}`;
  await page.goto(await passwordLinkFor(applicant.email));
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('New password again').fill(password);
  await page.getByRole('button', { name: 'Save the password and sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
  const member: NewMember = {
    name: 'Ana Quispe',
    email: applicant.email,
    password,
    organization: { name: applicant.organizationName, slug: slugOf(applicant.organizationName) },
    context,
    page,
  };
  return member;
}

export const test = base.extend<{ newMember: NewMember }>({
  newMember: async ({ browser, baseURL }, provide) => {
    const member = await createMember(browser, baseURL);
    await provide(member);
    await member.context.close();
  },
});

export { expect };
