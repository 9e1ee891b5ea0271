// The one way the portal sends mail: SMTP when SMTP_URL is set, otherwise one JSON file per message
// in PORTAL_DATA_DIR/outbox that a developer (and the tests) can read.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '../env';

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text; always sent. */
  text: string;
  /** Optional HTML alternative. */
  html?: string;
}

export interface OutboxMessage extends MailMessage {
  from: string;
  sentAt: string;
}

export function outboxFolder(): string {
  return path.resolve(env.PORTAL_DATA_DIR, 'outbox');
}

let transport: Transporter | null = null;

export async function sendMail(message: MailMessage): Promise<void> {
  if (env.SMTP_URL) {
    transport ??= nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail({ from: env.MAIL_FROM, ...message });
    return;
  }
  const folder = outboxFolder();
  await mkdir(folder, { recursive: true });
  const sentAt = new Date().toISOString();
  // Sortable by time, unique across instances.
  const fileName = `${sentAt.replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.json`;
  const stored: OutboxMessage = { from: env.MAIL_FROM, sentAt, ...message };
  await writeFile(path.join(folder, fileName), `${JSON.stringify(stored, null, 2)}\n`);
}

/**
 * The outbox's messages to one address, oldest first (development and tests). `folder` lets the
 * end-to-end journeys read the outbox of the server they run against.
 */
export async function readOutbox(to?: string, folder = outboxFolder()): Promise<OutboxMessage[]> {
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort();
  const messages = await Promise.all(
    names.map(async (name) => JSON.parse(await readFile(path.join(folder, name), 'utf8')) as OutboxMessage),
  );
  return to ? messages.filter((message) => message.to.toLowerCase() === to.toLowerCase()) : messages;
}
