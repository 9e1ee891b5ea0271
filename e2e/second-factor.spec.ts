// Two-step sign-in (TOTP). A member turns it on and signs in with a code, a recovery code, and
// without JavaScript; a member made coordinator must set it up before reaching the staff area, and
// an admin resets it when the phone is lost. The test plays the authenticator app: it reads the key
// the setup page shows and makes the codes with otplib, as the app would.
import { generate } from 'otplib';
import type { Page } from '@playwright/test';
import { expect, pageAs, test } from './fixtures';
import { expectNoAccessibilityViolations, signedInAs } from './support';

/** The key the setup page shows, without the spaces between its groups. */
async function keyOnPage(page: Page): Promise<string> {
  const shown = await page.getByText('Key to type instead').locator('xpath=following-sibling::p[1]').innerText();
  return shown.replace(/\s+/g, '');
}

/** One TOTP time step: 30 seconds. */
const stepMs = 30_000;

/**
 * A code the portal accepts now that comes after the step `after` (each code works once): the
 * app's code of now, or of the next step, which the portal also accepts (a phone's clock may run a
 * little fast). When both are used up, waits for the clock to reach the next step.
 */
async function codeFor(key: string, after = -1): Promise<{ code: string; step: number }> {
  for (;;) {
    const now = Math.floor(Date.now() / stepMs);
    const step = Math.max(now, after + 1);
    if (step <= now + 1) return { code: await generate({ secret: key, epoch: step * 30 }), step };
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** The recovery codes the setup page lists. */
async function recoveryCodesOnPage(page: Page): Promise<string[]> {
  const list = page.getByRole('region', { name: '2. Save your recovery codes' }).getByRole('listitem');
  return list.allInnerTexts();
}

/** The refusal of a wrong code: beside the field (and in the summary above the form). */
async function expectWrongCode(page: Page) {
  const field = page.getByLabel('Code', { exact: true });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const id = await field.getAttribute('id');
  await expect(page.locator(`[id="${id}-error"]`)).toHaveText(/This code is not right, or it was used already\./);
}

async function signInWithPassword(page: Page, email: string, password: string, callbackUrl?: string) {
  await page.goto(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Member sign in' }).first()).toBeVisible();
}

/** Turns two-step sign-in on from /account (in `page`, signed in); returns the key and recovery codes. */
async function turnOn(page: Page, { withJavaScript = true } = {}) {
  await page.goto('/account');
  await page.getByRole('link', { name: 'Set up two-step sign-in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Two-step sign-in' })).toBeVisible();
  const key = await keyOnPage(page);
  const recoveryCodes = await recoveryCodesOnPage(page);
  expect(recoveryCodes).toHaveLength(10);
  await expect(page.getByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeVisible();
  // axe runs in the page: only where JavaScript is on.
  if (withJavaScript) await expectNoAccessibilityViolations(page);

  const code = page.getByLabel('Code', { exact: true });
  await code.fill('000000');
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await expectWrongCode(page);
  // The same key and codes as before: the app has scanned this one.
  expect(await keyOnPage(page)).toBe(key);
  expect(await recoveryCodesOnPage(page)).toEqual(recoveryCodes);

  const first = await codeFor(key);
  await page.getByLabel('Code', { exact: true }).fill(first.code);
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await expect(page.getByRole('status')).toHaveText('Two-step sign-in is on.');
  await expect(page.getByText('10 recovery codes left.')).toBeVisible();
  return { key, recoveryCodes, lastStep: first.step };
}

test('a member turns two-step sign-in on; then signing in needs a code from the app or a recovery code, once', async ({
  newMember,
}) => {
  const { key, recoveryCodes, lastStep } = await turnOn(newMember.page);
  const { page } = newMember;
  await signOut(page);

  // The password alone is not enough: the code step comes, and nothing is open until it is passed.
  await signInWithPassword(page, newMember.email, newMember.password, '/account/organization');
  await expect(page.getByRole('heading', { level: 1, name: 'Enter your code' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(newMember.email);
  await expectNoAccessibilityViolations(page);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in/);

  await signInWithPassword(page, newMember.email, newMember.password, '/account/organization');
  await page.getByLabel('Code', { exact: true }).fill('123456');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectWrongCode(page);

  await page.getByLabel('Code', { exact: true }).fill((await codeFor(key, lastStep)).code);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/account\/organization$/);
  await signOut(page);

  // A recovery code, typed in lower case, works once.
  const recovery = recoveryCodes[0]!.toLowerCase();
  await signInWithPassword(page, newMember.email, newMember.password);
  await page.getByLabel('Code', { exact: true }).fill(recovery);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('region', { name: 'Two-step sign-in' })).toContainText('9 recovery codes left.');
  await signOut(page);
  await signInWithPassword(page, newMember.email, newMember.password);
  await page.getByLabel('Code', { exact: true }).fill(recovery);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectWrongCode(page);
});

test('the code step and turning it off work without JavaScript', async ({ newMember, browser }) => {
  // Three codes in a row: the third may have to wait for the next 30-second step.
  test.slow();
  const context = await browser.newContext({
    storageState: await newMember.context.storageState(),
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  const { key, lastStep } = await turnOn(page, { withJavaScript: false });
  await context.clearCookies();
  await signInWithPassword(page, newMember.email, newMember.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Enter your code' })).toBeVisible();
  await page.getByLabel('Code', { exact: true }).fill('12345');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectWrongCode(page);
  const second = await codeFor(key, lastStep);
  await page.getByLabel('Code', { exact: true }).fill(second.code);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/account$/);

  // Off again, confirmed with a code: the password alone signs in after that.
  await page.goto('/account/second-factor');
  const turnOff = page.getByRole('region', { name: 'Turn two-step sign-in off' });
  await turnOff.getByLabel('Code', { exact: true }).fill((await codeFor(key, second.step)).code);
  await turnOff.getByRole('button', { name: 'Turn off two-step sign-in' }).click();
  await expect(page.getByRole('status')).toHaveText('Two-step sign-in is off.');
  await context.clearCookies();
  await signInWithPassword(page, newMember.email, newMember.password);
  await expect(page).toHaveURL(/\/account$/);
  await context.close();
});

test('a member made coordinator must set the app up as they sign in; an admin can reset it', async ({
  newMember,
  browser,
  baseURL,
}) => {
  const admin = await pageAs(browser, baseURL, signedInAs.admin);
  const openPerson = async () => {
    await admin.page.goto(`/manage/people?q=${encodeURIComponent(newMember.email)}`);
    await admin.page
      .getByRole('table', { name: 'People, by name' })
      .getByRole('link', { name: newMember.name })
      .click();
  };
  await openPerson();
  await admin.page.getByRole('radio', { name: /^Coordinator/ }).check();
  await admin.page.getByRole('checkbox', { name: 'Americas' }).check();
  await admin.page.getByRole('button', { name: 'Save role' }).click();
  await expect(admin.page.getByRole('status').filter({ hasText: 'The role was saved' })).toBeVisible();

  // Their open session stops at once: a coordinator without a second factor has no session.
  const { page } = newMember;
  await page.goto('/manage');
  await expect(page).toHaveURL(/\/sign-in/);

  await signInWithPassword(page, newMember.email, newMember.password, '/manage');
  await expect(page.getByRole('heading', { level: 1, name: 'Set up two-step sign-in' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Coordinators and administrators must use two-step sign-in');
  await expectNoAccessibilityViolations(page);
  // Nothing else opens meanwhile.
  await page.goto('/manage');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goBack();
  await page.reload();
  const key = await keyOnPage(page);
  await page.getByLabel('Code', { exact: true }).fill('111111');
  await page.getByRole('button', { name: 'Turn on and sign in' }).click();
  await expectWrongCode(page);
  expect(await keyOnPage(page)).toBe(key);
  await page.getByLabel('Code', { exact: true }).fill((await codeFor(key)).code);
  await page.getByRole('button', { name: 'Turn on and sign in' }).click();
  await expect(page).toHaveURL(/\/manage$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Not a demo account: no notice that the second factor is waived.
  await expect(page.getByText('two-step sign-in is waived')).toHaveCount(0);

  // Lost phone: the admin resets it (audited), which signs the coordinator out everywhere.
  await openPerson();
  const section = admin.page.getByRole('region', { name: 'Two-step sign-in' });
  await expect(section).toContainText('On since');
  await section.getByRole('button', { name: 'Reset two-step sign-in' }).click();
  await expect(section.getByRole('status')).toContainText('Two-step sign-in is reset');
  await expect(section).toContainText('Off.');
  await admin.page.goto('/manage/audit');
  await expect(admin.page.getByRole('main')).toContainText('member.reset_second_factor');
  await admin.context.close();

  await page.goto('/manage');
  await expect(page).toHaveURL(/\/sign-in/);
  await signInWithPassword(page, newMember.email, newMember.password, '/manage');
  await expect(page.getByRole('heading', { level: 1, name: 'Set up two-step sign-in' })).toBeVisible();
});

test.describe('the demo staff accounts', () => {
  test.use({ storageState: signedInAs.coordinator });

  test('sign in without a second factor on this machine, and their staff pages say so', async ({ page }) => {
    await page.goto('/manage');
    await expect(page.getByRole('note')).toContainText('Demo account: two-step sign-in is waived');
    await page.goto('/account/second-factor');
    await expect(page.getByRole('main')).toContainText('it signs in with its password alone');
  });
});
