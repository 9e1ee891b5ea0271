// Events: the demo coordinator (Americas, Europe) creates an event set in Nairobi's time for members
// in the Americas; a visitor finds it on /events and on its page at Nairobi's local time, and in the
// /events.ics feed with its zone. The coordinator moves it and then cancels it (in two steps): the
// page says it is cancelled and the feed carries STATUS:CANCELLED with a higher SEQUENCE under the
// same UID. The form refuses an end before the start beside the field, with and without
// JavaScript; a member is refused /manage/events. Each test creates the events it changes.
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, pageAs, test } from './fixtures';
import { expectNoAccessibilityViolations, signedInAs } from './support';

const suffix = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

/** A day a few days from now as <input type="datetime-local"> takes it (soon, so it heads the list). */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The feed's VEVENT with this title, its folded lines joined, as "NAME;PARAMS:VALUE" lines. */
async function feedEntry(request: APIRequestContext, path: string, title: string): Promise<string[]> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const text = (await response.text()).replace(/\r\n[ \t]/g, '');
  const entry = text
    .split('BEGIN:VEVENT')
    .slice(1)
    .find((block) => block.includes(`\r\nSUMMARY:${title}\r\n`));
  expect(entry, `an entry "${title}" in ${path}`).toBeDefined();
  return entry!.split('\r\n');
}

const valueOf = (lines: string[], name: string) =>
  lines.find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))?.replace(/^[^:]*:/, '');

/** Fills the event form: Nairobi's time, in the Americas, in person and online. */
async function fillEvent(page: Page, title: string, day: string, start: string, end: string) {
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Time zone').selectOption('Africa/Nairobi');
  await page.getByLabel('Starts', { exact: true }).fill(`${day}T${start}`);
  await page.getByLabel('Ends', { exact: true }).fill(`${day}T${end}`);
  await page.getByLabel('Place', { exact: true }).fill('Centro Cultural, Lima');
  await page.getByLabel('Online link', { exact: true }).fill('https://example.org/coalition/live/e2e');
  await page.getByLabel('Description').fill('We review **early-warning** reports from the region.');
  await page.getByRole('checkbox', { name: 'Americas', exact: true }).check();
}

test('a coordinator creates an event in Nairobi time; visitors see it at that time, and calendars follow its change and cancellation', async ({
  browser,
  baseURL,
  request,
}) => {
  test.slow();
  const title = `Early warning exchange ${suffix()}`;
  const day = dayFromNow(3);
  const { context, page } = await pageAs(browser, baseURL, signedInAs.coordinator);
  await page.goto('/manage/events');
  await expectNoAccessibilityViolations(page);
  await page.getByRole('link', { name: 'New event' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New event' })).toBeVisible();
  await fillEvent(page, title, day, '10:00', '12:00');
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Create the event' }).click();
  await expect(page).toHaveURL(/\/manage\/events\/[^/?]+\?outcome=created$/);
  await expect(page.getByRole('status').filter({ hasText: 'The event is created' })).toBeVisible();
  const manageUrl = page.url().replace(/\?.*$/, '');
  await page.getByRole('link', { name: "See the event's page" }).click();
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/events\/[^/?]+$/);
  const eventPath = new URL(page.url()).pathname;

  // A visitor: the list (of the Americas), the page, the feed.
  const visitor = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const reader = await visitor.newPage();
  await reader.goto('/events?region=americas');
  const card = reader.getByRole('article').filter({ has: reader.getByRole('link', { name: title }) });
  await expect(card).toContainText(/10:00\sAM\s–\s12:00\sPM/);
  await expect(card).toContainText('Time in Africa/Nairobi (UTC+03:00)');
  await expect(reader.getByRole('link', { name: 'Subscribe to the events in Americas (iCal)' })).toHaveAttribute(
    'href',
    '/events.ics?region=americas',
  );
  await expectNoAccessibilityViolations(reader);
  await reader.goto(eventPath);
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(reader.getByRole('main')).toContainText('Time in Africa/Nairobi (UTC+03:00)');
  await expect(reader.getByRole('main')).toContainText(/10:00\sAM\s–\s12:00\sPM/);
  await expect(reader.getByRole('strong').filter({ hasText: 'early-warning' })).toBeVisible();
  await expect(reader.getByRole('link', { name: 'Add to calendar (iCal)' })).toHaveAttribute(
    'href',
    `${eventPath}/event.ics`,
  );
  await expectNoAccessibilityViolations(reader);

  const compact = day.replaceAll('-', '');
  const first = await feedEntry(request, '/events.ics', title);
  const uid = valueOf(first, 'UID');
  expect(uid).toMatch(/^[a-z0-9]+@127\.0\.0\.1$/);
  expect(first).toContain(`DTSTART;TZID=Africa/Nairobi:${compact}T100000`);
  expect(valueOf(first, 'SEQUENCE')).toBe('0');
  expect(valueOf(first, 'STATUS')).toBe('CONFIRMED');
  expect(valueOf(first, 'URL')).toBe(`${baseURL}${eventPath}`);
  expect(await feedEntry(request, `${eventPath}/event.ics`, title)).toContain(
    `DTSTART;TZID=Africa/Nairobi:${compact}T100000`,
  );

  // Moved by an hour: the same UID, a higher sequence, the new time.
  await page.goto(manageUrl);
  await page.getByLabel('Starts', { exact: true }).fill(`${day}T11:00`);
  await page.getByLabel('Ends', { exact: true }).fill(`${day}T13:00`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your changes are saved.' })).toBeVisible();
  const moved = await feedEntry(request, '/events.ics?region=americas', title);
  expect(valueOf(moved, 'UID')).toBe(uid);
  expect(valueOf(moved, 'SEQUENCE')).toBe('1');
  expect(moved).toContain(`DTSTART;TZID=Africa/Nairobi:${compact}T110000`);

  // Cancelled, in two steps.
  await page.getByRole('link', { name: 'Cancel event' }).click();
  await expect(page.getByRole('heading', { name: `Cancel “${title}”?` })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Yes, cancel the event' }).click();
  await expect(page).toHaveURL(/\?outcome=cancelled$/);
  await expect(page.getByRole('status').filter({ hasText: 'The event is cancelled.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Put the event back on' })).toBeVisible();
  await context.close();

  await reader.goto(eventPath);
  await expect(reader.getByRole('note').filter({ hasText: 'This event is cancelled.' })).toBeVisible();
  await reader.goto('/events?region=americas');
  await expect(reader.getByRole('article').filter({ has: reader.getByRole('link', { name: title }) })).toContainText(
    'Cancelled',
  );
  await visitor.close();
  const cancelled = await feedEntry(request, '/events.ics', title);
  expect(valueOf(cancelled, 'UID')).toBe(uid);
  expect(valueOf(cancelled, 'STATUS')).toBe('CANCELLED');
  expect(Number(valueOf(cancelled, 'SEQUENCE'))).toBeGreaterThan(1);
});

test('the form refuses an end before the start beside the field, with and without JavaScript', async ({
  browser,
  baseURL,
}) => {
  const day = dayFromNow(5);
  const { context, page } = await pageAs(browser, baseURL, signedInAs.coordinator);
  await page.goto('/manage/events/new');
  const title = `Backwards meeting ${suffix()}`;
  await fillEvent(page, title, day, '12:00', '11:00');
  await page.getByRole('button', { name: 'Create the event' }).click();
  await expect(page.getByLabel('Ends', { exact: true })).toHaveAccessibleDescription(
    /The end must be after the start\./,
  );
  await expect(page.getByLabel('Ends', { exact: true })).toBeFocused();
  await expect(page).toHaveURL(/\/manage\/events\/new$/);
  await context.close();

  const plain = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: signedInAs.coordinator });
  const noScript = await plain.newPage();
  await noScript.goto('/manage/events/new');
  await fillEvent(noScript, title, day, '12:00', '11:00');
  await noScript.getByRole('button', { name: 'Create the event' }).click();
  // The server refuses it beside the field, and keeps what was typed.
  await expect(noScript.getByText('The end must be after the start.')).toBeVisible();
  await expect(noScript.getByLabel('Title', { exact: true })).toHaveValue(title);
  await expect(noScript.getByLabel('Time zone')).toHaveValue('Africa/Nairobi');
  await noScript.getByLabel('Ends', { exact: true }).fill(`${day}T13:00`);
  await noScript.getByRole('button', { name: 'Create the event' }).click();
  await expect(
    noScript.getByText('The event is created: it is on the events page and in the calendar feeds.'),
  ).toBeVisible();
  await plain.close();
});

test('a member is refused the staff events pages', async ({ browser, baseURL }) => {
  const { context, page } = await pageAs(browser, baseURL, signedInAs.member);
  const response = await page.goto('/manage/events');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'This page is not open to you' })).toBeVisible();
  expect((await page.goto('/manage/events/new'))?.status()).toBe(403);
  await context.close();
});
