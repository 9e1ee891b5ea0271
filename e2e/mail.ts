// The mail the server under test sent: without SMTP it writes one JSON file per message to the
// outbox folder of its data folder (lib/mail/mailer.ts), which the journeys read here.
import path from 'node:path';
import { expect } from '@playwright/test';
import { readOutbox } from '../lib/mail/outbox-folder';
import type { OutboxMessage } from '../lib/mail/mailer';

export type Mail = OutboxMessage;

const outbox = path.resolve(process.env.E2E_DATA_DIR ?? '.data/e2e', 'outbox');

/** Messages to an address sent at or after `since`, oldest first. */
export async function mailTo(address: string, since: Date): Promise<Mail[]> {
  return (await readOutbox(address, outbox)).filter((message) => new Date(message.sentAt) >= since);
}

/** The newest message to an address that matches, or null: no waiting (poll it with expect.poll). */
export async function newestMailTo(address: string, matches: (message: Mail) => boolean = () => true) {
  return (await mailTo(address, new Date(0))).filter(matches).at(-1) ?? null;
}

/** Waits for the newest message to an address sent since the given moment. */
export async function waitForMail(address: string, { since = new Date(0), timeout = 10_000 } = {}): Promise<Mail> {
  let newest: Mail | undefined;
  await expect
    .poll(
      async () => {
        newest = (await mailTo(address, since)).at(-1);
        return newest !== undefined;
      },
      { message: `a mail to ${address}`, timeout },
    )
    .toBe(true);
  return newest!;
}

/** Checks that no message reaches an address in the given time. */
export async function expectNoMail(address: string, { since = new Date(0), wait = 2_000 } = {}): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, wait));
  expect(await mailTo(address, since), `mail to ${address}`).toEqual([]);
}

/** The path (on the server under test) of the link in a message that starts with `prefix`. */
export function linkIn(mail: Mail, prefix: string): string {
  const link = mail.text
    .split(/\s+/)
    .filter((word) => /^https?:\/\//.test(word))
    .map((word) => new URL(word))
    .find((url) => url.pathname.startsWith(prefix));
  expect(link, `a link to ${prefix}… in "${mail.subject}"`).toBeDefined();
  return link!.pathname;
}
