// How a message leaves the portal: SMTP when SMTP_URL is set, otherwise one JSON file per message
// in PORTAL_DATA_DIR/outbox that a developer (and the tests) can read. Only the outbox worker
// (lib/mail/outbox.ts) calls deliverMail: the app queues mail with queueMail, in the transaction
// of the change it belongs to, and never waits for SMTP in a request.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '../env';

export interface MailMessage {
  to: string;
  /** Where replies go instead of MAIL_FROM: an address the portal checked (never free text). */
  replyTo?: string | null;
  subject: string;
  /** Plain text; always sent. */
  text: string;
  /** Optional HTML alternative. */
  html?: string | null;
}

export interface OutboxMessage extends MailMessage {
  from: string;
  sentAt: string;
  messageId?: string;
}

export function outboxFolder(): string {
  return path.resolve(env.PORTAL_DATA_DIR, 'outbox');
}

/** One transport per SMTP URL (in practice one: SMTP_URL; tests point at servers of their own). */
const transports = new Map<string, Transporter>();

function smtpTransport(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    // Short timeouts: a server that does not answer holds up the worker, not a request, but the
    // worker should notice and retry later rather than wait minutes.
    transport = nodemailer.createTransport(url, {
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    transports.set(url, transport);
  }
  return transport;
}

/** Messages this process has written to the outbox folder (wrapping at a million): their order in a millisecond. */
let writtenByThisProcess = 0;

/**
 * Hands one message to SMTP (or the outbox folder). `messageId` is the same on every attempt, so a
 * message delivered twice after a crash (sent, then the instance died before noting it) is one
 * message to the receiving server.
 */
export async function deliverMail(message: MailMessage & { messageId: string }, smtpUrl = env.SMTP_URL): Promise<void> {
  const { html, replyTo, ...rest } = message;
  if (smtpUrl) {
    await smtpTransport(smtpUrl).sendMail({
      from: env.MAIL_FROM,
      ...rest,
      ...(html ? { html } : {}),
      ...(replyTo ? { replyTo } : {}),
    });
    return;
  }
  const folder = outboxFolder();
  await mkdir(folder, { recursive: true });
  const sentAt = new Date().toISOString();
  // Sortable by time, then by the order this process wrote them (two messages delivered in one
  // millisecond keep their order: "newest last" holds), unique across instances.
  writtenByThisProcess = (writtenByThisProcess + 1) % 1_000_000;
  const order = String(writtenByThisProcess).padStart(6, '0');
  const fileName = `${sentAt.replace(/[:.]/g, '-')}-${order}-${randomBytes(4).toString('hex')}.json`;
  const stored: OutboxMessage = {
    from: env.MAIL_FROM,
    sentAt,
    ...rest,
    ...(html ? { html } : {}),
    ...(replyTo ? { replyTo } : {}),
  };
  // Written under another name and renamed when complete: whoever reads the folder (a person, the
  // end-to-end journeys) never sees half a message.
  const partial = path.join(folder, `${fileName}.partial`);
  await writeFile(partial, `${JSON.stringify(stored, null, 2)}\n`);
  await rename(partial, path.join(folder, fileName));
}
