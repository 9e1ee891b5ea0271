// A visitor signs a running campaign: the form says to check the inbox, the mailed link confirms
// the signature and the counter moves by one. Signing again with the same address (typed
// differently) looks the same and changes nothing; its owner is told by mail. The form works without
// JavaScript, and refuses a signature without consent beside the box. A signer withdraws from the
// link in every mail, in two steps.
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { launchCampaign, uniqueCampaignTitle } from './campaigns';
import { linkIn, waitForMail } from './mail';
import { expectNoAccessibilityViolations } from './support';

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** The campaign these journeys sign: launched by the demo coordinator for them alone. */
let campaign: { title: string; path: string };
let campaignPath = '';

test.beforeAll(async ({ browser }) => {
  campaign = await launchCampaign(browser, test.info().project.use.baseURL, uniqueCampaignTitle('Free the defenders'));
  campaignPath = campaign.path;
});

/** The campaign's count, as its progress box says it. */
async function countOn(page: Page): Promise<number> {
  await page.goto(campaignPath);
  const text = (await page.getByRole('region', { name: 'Signatures', exact: true }).textContent()) ?? '';
  if (text.includes('No signatures yet')) return 0;
  return Number(/(\d[\d,]*) signatures?/.exec(text)![1]!.replaceAll(',', ''));
}

/**
 * Waits until the count reads `expected`. Visitors' copies of the page follow a confirmation at once,
 * or within seconds when another came less than a second before (lib/site/refresh-public-pages.ts).
 */
const expectCount = (page: Page, expected: number) =>
  expect.poll(() => countOn(page), { timeout: 10_000 }).toBe(expected);

async function fillAndSign(page: Page, email: string, consent = true) {
  const form = page.getByRole('form', { name: 'Sign this campaign' });
  await form.getByLabel('Your name').fill('Amara Okafor');
  await form.getByLabel('Your e-mail address').fill(email);
  await form.getByLabel('Your country').selectOption({ label: 'Nigeria' });
  if (consent) await form.getByRole('checkbox', { name: /I agree that/ }).check();
  await form.getByRole('button', { name: 'Sign' }).click();
}

test.describe.configure({ mode: 'serial' });

test('a visitor signs, confirms by the mailed link, and the counter moves; signing again changes nothing', async ({
  page,
}) => {
  const before = await countOn(page);
  await expectNoAccessibilityViolations(page);
  const local = `amara.${unique()}`;
  const email = `${local}@example.org`;
  const since = new Date();
  await fillAndSign(page, email);
  await expect(page.getByText('Check your inbox: we sent you a link to confirm your signature.')).toBeVisible();
  // Nothing counts before the link is followed.
  expect(await countOn(page)).toBe(before);

  const mail = await waitForMail(email, { since });
  expect(mail.subject).toBe(`Confirm your signature: ${campaign.title}`);
  await page.goto(linkIn(mail, `${campaignPath}/confirm/`));
  await expect(page).toHaveURL(new RegExp(`${campaignPath}/signature\\?outcome=confirmed$`));
  await expect(page.getByText('Thank you: your signature is confirmed and counted.')).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await expectCount(page, before + 1);

  // The same address again, typed otherwise: the page answers as it did, the count stays.
  const again = new Date();
  await fillAndSign(page, `${local.toUpperCase()}+again@example.org`);
  await expect(page.getByText('Check your inbox: we sent you a link to confirm your signature.')).toBeVisible();
  const notice = await waitForMail(`${local}+again@example.org`, { since: again });
  expect(notice.subject).toBe(`You have already signed: ${campaign.title}`);
  expect(await countOn(page)).toBe(before + 1);
});

test('signing works without JavaScript, and consent is asked beside its box', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(campaignPath);
  const email = `offline.${unique()}@example.org`;
  await fillAndSign(page, email, false);
  const consent = page.getByRole('group', { name: 'Your consent' });
  await expect(consent).toContainText('Tick this box to sign');
  await fillAndSign(page, email);
  await expect(page.getByText('Check your inbox: we sent you a link to confirm your signature.')).toBeVisible();
  await waitForMail(email);
  await context.close();
});

test('a signer withdraws in two steps from the link in the mail, and the counter goes back', async ({ page }) => {
  const email = `withdrawing.${unique()}@example.org`;
  const since = new Date();
  const before = await countOn(page);
  await fillAndSign(page, email);
  const mail = await waitForMail(email, { since });
  await page.goto(linkIn(mail, `${campaignPath}/confirm/`));
  await expectCount(page, before + 1);

  // The link only asks; the button withdraws.
  await page.goto(linkIn(mail, `${campaignPath}/withdraw/`));
  await expect(page.getByText(`Do you want to withdraw your signature from “${campaign.title}”?`)).toBeVisible();
  await expectNoAccessibilityViolations(page);
  expect(await countOn(page)).toBe(before + 1);
  await page.goto(linkIn(mail, `${campaignPath}/withdraw/`));
  await page.getByRole('button', { name: 'Withdraw my signature' }).click();
  // The page now says what became of it (with or without JavaScript, it renders afresh).
  await expect(page.getByText(/signature is withdrawn: it is no longer counted or shown/)).toBeVisible();
  await expectCount(page, before);
});
