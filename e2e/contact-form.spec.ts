// A visitor writes to the coalition with the contact form, with JavaScript and without: the page
// thanks them, the message reaches the coalition's address (CONTACT_EMAIL) through the outbox, and
// a bad address is refused beside its field with what was typed kept. A coordinator finds the
// message in /manage/messages, marks it handled and it moves to Handled (and back when reopened). A
// member is refused the staff's list. /get-involved gathers the ways to act. Each test writes its
// own message, under a name no other test uses.
import type { Browser, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { mailTo, type Mail } from './mail';
import { activeCampaigns, expectNoAccessibilityViolations, signedInAs } from './support';

/** The coalition's address: the default CONTACT_EMAIL the suite's server runs with. */
const contactEmail = 'contact@example.org';
const coalitionName = 'Coalition for Civilian Protection';
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

interface Letter {
  name: string;
  email: string;
  subject: string;
  message: string;
}

const letter = (label: string): Letter => {
  const suffix = unique();
  return {
    name: `${label} Writer ${suffix}`,
    email: `writer.${suffix}@example.org`,
    subject: 'Press and media',
    message: `Dear secretariat,\nwe would like to interview a spokesperson.\nReference ${suffix}`,
  };
};

const contactForm = (page: Page) => page.getByRole('form', { name: 'Write to us' });

async function fill(page: Page, { name, email, subject, message }: Letter) {
  const form = contactForm(page);
  await form.getByLabel('Your name').fill(name);
  await form.getByLabel('Your e-mail address').fill(email);
  await form.getByLabel('Subject').selectOption({ label: subject });
  await form.getByLabel('Your message').fill(message);
}

async function send(page: Page, sent: Letter) {
  await fill(page, sent);
  await contactForm(page).getByRole('button', { name: 'Send the message' }).click();
}

const thanks = 'Thank you: your message is sent. We will answer you by e-mail.';

/** The mail to the coalition that carries this letter (many journeys write to the one address). */
async function mailFor(sent: Letter, since: Date): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailTo(contactEmail, since)).find((mail) => mail.text.includes(sent.message));
        return found !== undefined;
      },
      { message: `the mail of ${sent.name}`, timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

function expectMailOf(mail: Mail, sent: Letter) {
  // The subject names the choice from the list, never what the sender typed.
  expect(mail.subject).toBe(`${coalitionName} contact form: ${sent.subject}`);
  expect(mail.text).toContain(`From: ${sent.name}, ${sent.email}`);
  expect(mail.text).toContain('/manage/messages');
}

test('a visitor writes to the coalition, is thanked, and the message reaches its address', async ({ page }) => {
  await page.goto('/contact');
  await expect(page.getByRole('heading', { level: 1, name: 'Contact' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  const sent = letter('Online');
  const since = new Date();
  await send(page, sent);
  await expect(page.getByRole('status').filter({ hasText: thanks })).toBeVisible();
  await expect(contactForm(page)).toHaveCount(0);
  expectMailOf(await mailFor(sent, since), sent);
});

test('a bad e-mail address is refused beside its field, and what was typed stays', async ({ page }) => {
  await page.goto('/contact');
  const sent = { ...letter('Mistyped'), email: 'not an address' };
  await send(page, sent);
  const email = contactForm(page).getByLabel('Your e-mail address');
  await expect(email).toHaveAccessibleDescription(/Enter an e-mail address such as name@example\.org\./);
  await expect(email).toBeFocused();
  await expect(contactForm(page).getByLabel('Your name')).toHaveValue(sent.name);
  await expect(contactForm(page).getByLabel('Your message')).toHaveValue(sent.message);
  await expectNoAccessibilityViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form sends with a plain post, and the server refuses a bad address beside its field', async ({ page }) => {
    await page.goto('/contact');
    const mistyped = { ...letter('Offline'), email: 'still not an address' };
    await send(page, mistyped);
    const email = contactForm(page).getByLabel('Your e-mail address');
    await expect(email).toHaveAccessibleDescription(/Enter an e-mail address such as name@example\.org\./);
    // The page comes back with what was sent.
    await expect(contactForm(page).getByLabel('Your name')).toHaveValue(mistyped.name);
    await expect(contactForm(page).getByLabel('Subject')).toHaveValue('PRESS');
    await expect(contactForm(page).getByLabel('Your message')).toHaveValue(mistyped.message);

    const sent = { ...mistyped, email: `offline.${unique()}@example.org` };
    const since = new Date();
    await send(page, sent);
    await expect(page.getByText(thanks)).toBeVisible();
    expectMailOf(await mailFor(sent, since), sent);
  });
});

/** Writes a letter as a visitor, in a browser of its own. */
async function writeAsVisitor(browser: Browser, baseURL: string | undefined, sent: Letter) {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/contact');
  await send(page, sent);
  await expect(page.getByText(thanks)).toBeVisible();
  await context.close();
}

test.describe('a coordinator', () => {
  test.use({ storageState: signedInAs.coordinator });

  test('reads a message in the staff area, marks it handled, and it moves to Handled', async ({
    page,
    browser,
    baseURL,
  }) => {
    const sent = letter('Handled');
    await writeAsVisitor(browser, baseURL, sent);

    await page.goto('/manage');
    await page.getByRole('link', { name: 'Messages', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
    const tabs = page.getByRole('navigation', { name: 'Messages by state' });
    await expect(tabs.getByRole('link', { name: /^Open/ })).toHaveAttribute('aria-current', 'page');
    const card = page.getByRole('article', { name: sent.name, exact: true });
    await expect(card.getByRole('link', { name: sent.email })).toHaveAttribute('href', `mailto:${sent.email}`);
    await expect(card).toContainText(sent.subject);
    // The text as it was written, its line breaks kept.
    const text = card.getByText(sent.message.split('\n').at(-1)!, { exact: false });
    expect(await text.innerText()).toBe(sent.message);
    await expectNoAccessibilityViolations(page);

    await card.getByRole('button', { name: 'Mark handled' }).click();
    await expect(card).toHaveCount(0);
    await tabs.getByRole('link', { name: /^Handled/ }).click();
    await expect(page).toHaveURL(/\/manage\/messages\?state=handled$/);
    const handled = page.getByRole('article', { name: sent.name, exact: true });
    await expect(handled).toContainText('by Lucía Fernández');
    await expectNoAccessibilityViolations(page);

    // Opened again, it is back with the open ones.
    await handled.getByRole('button', { name: 'Reopen' }).click();
    await expect(handled).toHaveCount(0);
    await tabs.getByRole('link', { name: /^Open/ }).click();
    await expect(page.getByRole('article', { name: sent.name, exact: true })).toBeVisible();
  });

  test('marks a message handled without JavaScript, with a plain post', async ({ browser, baseURL }) => {
    const sent = letter('Plain');
    await writeAsVisitor(browser, baseURL, sent);
    const context = await browser.newContext({
      baseURL,
      storageState: signedInAs.coordinator,
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto('/manage/messages');
    await page
      .getByRole('article', { name: sent.name, exact: true })
      .getByRole('button', { name: 'Mark handled' })
      .click();
    await expect(page.getByRole('article', { name: sent.name, exact: true })).toHaveCount(0);
    await page.goto('/manage/messages?state=handled');
    await expect(page.getByRole('article', { name: sent.name, exact: true })).toContainText('Handled');
    await context.close();
  });
});

test.describe('a member', () => {
  test.use({ storageState: signedInAs.member });

  test('is refused the messages (403)', async ({ page }) => {
    const response = await page.goto('/manage/messages');
    expect(response?.status()).toBe(403);
  });
});

test('a visitor opening the messages is sent to sign in', async ({ page }) => {
  await page.goto('/manage/messages');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fmanage%2Fmessages$/);
});

test('a visitor finds the ways to get involved from the home page and the navigation', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Ways to get involved' }).click();
  await expect(page).toHaveURL(/\/get-involved$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Get involved' })).toBeVisible();
  await expect(
    page.getByRole('banner').getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Get involved' }),
  ).toHaveAttribute('aria-current', 'page');
  // The running campaigns with their counters.
  const campaigns = page.getByRole('region', { name: 'Sign a running campaign' });
  for (const campaign of activeCampaigns) {
    await expect(campaigns.getByRole('link', { name: campaign.title })).toBeVisible();
  }
  await expect(campaigns.getByText(/\d[\d,]* signatures?|No signatures yet/).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Apply to join' })).toHaveAttribute('href', '/join');
  // Sharing is for members: a visitor is asked to sign in first.
  await expect(page.getByRole('link', { name: 'Sign in to share a resource' })).toHaveAttribute(
    'href',
    '/sign-in?callbackUrl=%2Faccount%2Fsubmissions',
  );
  await expect(page.getByRole('link', { name: 'Contact the coalition' })).toHaveAttribute('href', '/contact');
  await expectNoAccessibilityViolations(page);
});

test.describe('as a member', () => {
  test.use({ storageState: signedInAs.member });

  test('the ways to get involved lead straight to sharing a resource', async ({ page }) => {
    await page.goto('/get-involved');
    await page.getByRole('link', { name: 'Share a resource', exact: true }).click();
    await expect(page).toHaveURL(/\/account\/submissions$/);
  });
});
