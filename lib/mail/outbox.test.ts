// The outbox against a real SMTP server on loopback (smtp-server): mail is kept while SMTP is down
// and delivered once when it is back, a rolled-back change sends nothing, and a refusal that would
// not change is given up at once.
import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedDatabase } from '@/lib/database/shared';
import { readOutbox } from './outbox-folder';
import { deliverDueMail, maxAttempts, outboxState, queueMail, retryDelayMs } from './outbox';

const db = sharedDatabase();

interface Received {
  to: string[];
  messageId: string;
  subject: string;
}

/** A port nothing listens on (yet). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const running: SMTPServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  await db.outboxMail.deleteMany();
});

/** An SMTP server on loopback that keeps what it receives; `refuse` gets 550 at RCPT TO. */
async function smtpServer(port: number, { refuse = '' } = {}): Promise<Received[]> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === refuse) {
        const error = Object.assign(new Error('No such mailbox'), { responseCode: 550 });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(raw)?.[1]?.trim() ?? '';
        received.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          messageId: header('Message-ID'),
          subject: header('Subject'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  running.push(server);
  return received;
}

const message = (n: number) => ({
  to: `person-${n}@example.org`,
  subject: `Message ${n}`,
  text: `Body ${n}`,
});

const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

describe('the mail outbox', () => {
  it('keeps mail while SMTP is down and delivers each message once when it is back', async () => {
    const port = await freePort();
    const smtpUrl = `smtp://127.0.0.1:${port}`;
    await db.$transaction((tx) => queueMail(tx, message(1), message(2), message(3)));
    const start = new Date();

    // Down: the first message probes and fails; all three wait, none is lost.
    const down = await deliverDueMail(db, { now: start, smtpUrl });
    expect(down).toEqual({ sent: 0, dropped: 0, retrying: 1, givenUp: 0 });
    expect(await outboxState(db)).toEqual({ waiting: 3, givenUp: 0 });
    const attempts = (await db.outboxMail.findMany({ select: { attempts: true } })).map((row) => row.attempts);
    expect(attempts.sort()).toEqual([0, 0, 1]);
    // Nothing is tried again before the backoff runs out.
    expect(await deliverDueMail(db, { now: later(start, 1_000), smtpUrl })).toEqual({
      sent: 0,
      dropped: 0,
      retrying: 0,
      givenUp: 0,
    });

    // Up again: all three leave, once each, and the outbox is empty.
    const received = await smtpServer(port);
    const up = await deliverDueMail(db, { now: later(start, retryDelayMs(1)), smtpUrl });
    expect(up).toEqual({ sent: 3, dropped: 0, retrying: 0, givenUp: 0 });
    expect(received.map((mail) => mail.subject)).toEqual(['Message 1', 'Message 2', 'Message 3']);
    expect(received.map((mail) => mail.to)).toEqual([
      ['person-1@example.org'],
      ['person-2@example.org'],
      ['person-3@example.org'],
    ]);
    expect(new Set(received.map((mail) => mail.messageId)).size).toBe(3);
    expect(await outboxState(db)).toEqual({ waiting: 0, givenUp: 0 });
    await deliverDueMail(db, { now: later(start, 3_600_000), smtpUrl });
    expect(received).toHaveLength(3);
  });

  it('delivers each message once when several instances work at the same time', async () => {
    const port = await freePort();
    const received = await smtpServer(port);
    const smtpUrl = `smtp://127.0.0.1:${port}`;
    await db.$transaction((tx) => queueMail(tx, ...Array.from({ length: 30 }, (_, n) => message(n))));
    const passes = await Promise.all(Array.from({ length: 3 }, () => deliverDueMail(db, { smtpUrl })));
    while ((await deliverDueMail(db, { smtpUrl })).sent > 0);
    expect(passes.reduce((sum, pass) => sum + pass.sent, 0)).toBeGreaterThan(0);
    expect(received).toHaveLength(30);
    expect(new Set(received.map((mail) => mail.subject)).size).toBe(30);
  });

  it('sends nothing for a change that was rolled back', async () => {
    await expect(
      db.$transaction(async (tx) => {
        await queueMail(tx, message(7));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await outboxState(db)).toEqual({ waiting: 0, givenUp: 0 });
  });

  it('gives up at once on a permanent refusal, and after the last attempt on a server that stays down', async () => {
    const port = await freePort();
    const received = await smtpServer(port, { refuse: 'person-1@example.org' });
    await db.$transaction((tx) => queueMail(tx, message(1)));
    expect(await deliverDueMail(db, { smtpUrl: `smtp://127.0.0.1:${port}` })).toMatchObject({ givenUp: 1 });
    const refused = await db.outboxMail.findFirstOrThrow();
    expect(refused.failedAt).not.toBeNull();
    expect(refused.lastError).toMatch(/550/);
    expect(received).toEqual([]);
    await db.outboxMail.deleteMany();

    const downUrl = `smtp://127.0.0.1:${await freePort()}`;
    await db.$transaction((tx) => queueMail(tx, message(2)));
    let now = new Date();
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      const pass = await deliverDueMail(db, { now, smtpUrl: downUrl });
      expect(pass, `attempt ${attempt}`).toEqual(
        attempt < maxAttempts
          ? { sent: 0, dropped: 0, retrying: 1, givenUp: 0 }
          : { sent: 0, dropped: 0, retrying: 0, givenUp: 1 },
      );
      now = later(now, retryDelayMs(attempt));
    }
    expect(await outboxState(db)).toEqual({ waiting: 0, givenUp: 1 });
  });

  it('without SMTP writes one readable file per message to the outbox folder', async () => {
    await db.$transaction((tx) =>
      queueMail(tx, { to: 'Ana@Example.org', subject: 'Your sign-in link', text: 'Open https://portal.example.org/x' }),
    );
    await deliverDueMail(db);
    const [forAna] = await readOutbox('ana@example.org');
    expect(forAna).toMatchObject({ subject: 'Your sign-in link', text: 'Open https://portal.example.org/x' });
    expect(forAna!.from).toContain('@');
    expect(await outboxState(db)).toEqual({ waiting: 0, givenUp: 0 });
  });
});
