// Mail leaves through a durable outbox. The change a message belongs to queues it (queueMail) in
// its own transaction, so a message exists exactly when its change does; a worker in each server
// process delivers it (deliverDueMail) to SMTP or the outbox folder, retries with backoff while
// SMTP is down, and deletes it once delivered. No request waits for SMTP: answers for a known
// address and an unknown one take the same time (issue 7, item 7; docs/decisions/013-mail-outbox.md).
//
// The functions take the database they work on (the server's shared client, a test's, a bench's).
import { hostname } from 'node:os';
import type { Database } from '../database/client';
import { Prisma } from '../generated/prisma/client';
import type { MemberTokenPurpose } from '../generated/prisma/enums';
import { deliverMail, type MailMessage } from './mailer';

export type { MailMessage } from './mailer';

/** Attempts before a message is given up on (about seven hours of retries: see retryDelayMs). */
export const maxAttempts = 12;

/** How long an instance holds the messages it took before another may try them. */
const claimMs = 5 * 60_000;

/** How many messages one pass takes. */
const batchSize = 20;

/** The right-hand side of Message-IDs: this machine's name. */
const messageIdDomain = hostname().replace(/[^A-Za-z0-9.-]/g, '') || 'portal';

/** Wait before attempt n + 1 after n failures: 30 s, 1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(failures: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, failures - 1), 3_600_000);
}

interface MailWorker {
  /** Runs a pass soon: mail was just queued. */
  wake(): void;
  stop(): void;
}

// On globalThis: queueMail runs in the app's bundles, the worker was started by the instrumentation
// hook's bundle, and each bundle has its own copy of this module.
const globalForWorker = globalThis as unknown as { portalMailWorker?: MailWorker };

/**
 * Queues mail in the caller's transaction: it is delivered only if that transaction commits, and
 * then even if SMTP is down right now or the process stops.
 */
export async function queueMail(tx: Prisma.TransactionClient, ...messages: MailMessage[]): Promise<string[]> {
  const now = new Date();
  const queued = await tx.outboxMail.createManyAndReturn({
    select: { id: true },
    data: messages.map((message) => ({
      to: message.to,
      replyTo: message.replyTo ?? null,
      subject: message.subject,
      text: message.text,
      html: message.html ?? null,
      createdAt: now,
      nextAttemptAt: now,
    })),
  });
  // The transaction has not committed yet: a pass that starts before it does finds nothing and the
  // next poll takes the mail; usually this one does.
  globalForWorker.portalMailWorker?.wake();
  return queued.map((mail) => mail.id);
}

/**
 * Asks for a sign-in or password link to `email`, whoever that is: one row, written the same way
 * for a member and a stranger. The worker writes the message when it delivers it, through
 * `writeLink` (lib/auth/link-mail.ts), and drops the row unsent for an address without an active
 * account.
 */
export async function queueLinkRequest(database: Database, purpose: LinkPurpose, email: string): Promise<void> {
  const now = new Date();
  await database.outboxMail.create({
    data: { to: email, subject: '', text: '', linkPurpose: purpose, createdAt: now, nextAttemptAt: now },
    select: { id: true },
  });
  globalForWorker.portalMailWorker?.wake();
}

/** Whether a queued message has left (delivered messages are deleted). */
export async function wasDelivered(database: Database, id: string): Promise<boolean> {
  return (await database.outboxMail.count({ where: { id } })) === 0;
}

/** The links a stranger may ask for by address. */
export type LinkPurpose = Extract<MemberTokenPurpose, 'SIGN_IN_LINK' | 'PASSWORD_RESET'>;

/** Writes the message a link request becomes, or null when the address has no active account. */
export type LinkMailWriter = (purpose: LinkPurpose, email: string, now: Date) => Promise<MailMessage | null>;

interface ClaimedMail {
  id: string;
  linkPurpose: LinkPurpose | null;
  to: string;
  replyTo: string | null;
  subject: string;
  text: string;
  html: string | null;
  attempts: number;
  createdAt: Date;
}

export interface DeliveryPass {
  sent: number;
  /** Link requests for addresses without an active account: dropped, nothing sent. */
  dropped: number;
  /** Failed this time and to be retried later. */
  retrying: number;
  /** Given up on. */
  givenUp: number;
}

/** A refusal that another attempt would not change (SMTP 5xx: no such mailbox, refused sender). */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 1_000);
}

/**
 * One delivery pass: takes up to batchSize due messages (SKIP LOCKED and a claim, so instances
 * never take the same message at once), delivers them oldest first and deletes each delivered one.
 * At the first failure the pass stops and reschedules that message with backoff, and the rest of
 * the batch with it: SMTP being down is not a reason to spend every message's attempts.
 */
export async function deliverDueMail(
  database: Database,
  { now = new Date(), smtpUrl, writeLink }: { now?: Date; smtpUrl?: string; writeLink?: LinkMailWriter } = {},
): Promise<DeliveryPass> {
  // Prisma keeps DateTime as UTC in columns without a time zone: compare in UTC, whatever the
  // session's TimeZone setting.
  const at = (moment: Date) => Prisma.sql`(${moment.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const claimed = await database.$queryRaw<ClaimedMail[]>`
    UPDATE "OutboxMail" SET "claimedUntil" = ${at(new Date(now.getTime() + claimMs))}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMail"
      WHERE "failedAt" IS NULL AND "nextAttemptAt" <= ${at(now)}
        AND ("claimedUntil" IS NULL OR "claimedUntil" < ${at(now)})
      ORDER BY "createdAt"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "to", "replyTo", "subject", "text", "html", "attempts", "createdAt", "linkPurpose"`;
  // Oldest first (RETURNING keeps no order).
  claimed.sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime() || a.id.localeCompare(b.id));

  const pass: DeliveryPass = { sent: 0, dropped: 0, retrying: 0, givenUp: 0 };
  for (const [index, claim] of claimed.entries()) {
    let mail = claim;
    try {
      if (mail.linkPurpose) {
        if (!writeLink) throw new Error('a link request reached a worker that cannot write links');
        const written = await writeLink(mail.linkPurpose, mail.to, now);
        if (!written) {
          await database.outboxMail.delete({ where: { id: mail.id } });
          pass.dropped += 1;
          continue;
        }
        // Kept as written: a retry sends this same link rather than making another.
        const { to, subject, text, html = null } = written;
        await database.outboxMail.update({
          where: { id: mail.id },
          data: { to, subject, text, html, linkPurpose: null },
        });
        mail = { ...mail, to, subject, text, html, linkPurpose: null };
      }
      await deliverMail(
        {
          to: mail.to,
          replyTo: mail.replyTo,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: `<${mail.id}@${messageIdDomain}>`,
        },
        smtpUrl,
      );
      await database.outboxMail.delete({ where: { id: mail.id } });
      pass.sent += 1;
    } catch (error) {
      const giveUp = isPermanent(error) || mail.attempts >= maxAttempts;
      await database.outboxMail.update({
        where: { id: mail.id },
        data: giveUp
          ? { failedAt: now, claimedUntil: null, lastError: describe(error) }
          : {
              nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts)),
              claimedUntil: null,
              lastError: describe(error),
            },
      });
      if (giveUp) {
        pass.givenUp += 1;
        console.error(`[portal] mail to ${mail.to} given up after ${mail.attempts} attempt(s): ${describe(error)}`);
        continue;
      }
      pass.retrying += 1;
      console.warn(`[portal] mail could not leave (attempt ${mail.attempts}), retrying later: ${describe(error)}`);
      // The rest wait as long as this one, their attempts not counted: one message probes SMTP.
      const untried = claimed.slice(index + 1).map((rest) => rest.id);
      if (untried.length > 0) {
        await database.outboxMail.updateMany({
          where: { id: { in: untried } },
          data: {
            claimedUntil: null,
            attempts: { decrement: 1 },
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts)),
          },
        });
      }
      break;
    }
  }
  return pass;
}

/** Mail not yet delivered, by state (the operator's view: docs/operations.md). */
export async function outboxState(database: Database): Promise<{ waiting: number; givenUp: number }> {
  const [waiting, givenUp] = await Promise.all([
    database.outboxMail.count({ where: { failedAt: null } }),
    database.outboxMail.count({ where: { failedAt: { not: null } } }),
  ]);
  return { waiting, givenUp };
}

/**
 * Starts this process's worker (once): a pass every `intervalMs`, and soon after mail is queued
 * here. Passes never overlap; a full batch is followed by another pass at once.
 */
export function startMailWorker(
  database: Database,
  { intervalMs = 2_000, writeLink }: { intervalMs?: number; writeLink: LinkMailWriter },
): MailWorker {
  if (globalForWorker.portalMailWorker) return globalForWorker.portalMailWorker;
  let running = false;
  let again = false;
  async function run(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const pass = await deliverDueMail(database, { writeLink });
        if (pass.sent + pass.dropped === batchSize) again = true;
      } while (again);
    } catch (error) {
      console.error('[portal] the mail worker could not read the outbox', error);
    } finally {
      running = false;
    }
  }
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  const worker: MailWorker = {
    wake: () => setTimeout(() => void run(), 25).unref(),
    stop: () => {
      clearInterval(timer);
      delete globalForWorker.portalMailWorker;
    },
  };
  globalForWorker.portalMailWorker = worker;
  void run();
  return worker;
}
