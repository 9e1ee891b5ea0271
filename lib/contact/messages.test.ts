// The contact form and the staff's list of its messages against a real database: a message is kept
// and mailed to the coalition in one go; bad input and floods write nothing; staff mark messages
// handled and reopen them, audited once however many clicks arrive; nobody else reads or changes them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { deliveredMail } from '@/lib/testing/mail';
import { dataOf } from '@/lib/testing/results';
import { viewerOf } from '@/lib/testing/viewers';
import { createMember, uniqueSuffix } from '@/prisma/seed/factories';
import { markMessageHandled, reopenMessage, sendContactMessage } from './messages';
import { listContactMessages } from './queries';

let addressCounter = 0;
/** A client address of its own for each call, so the per-address limit of one never meets another's. */
const meta = () => ({ ip: `198.51.100.${(addressCounter += 1) % 250}` });

const form = (extra: Record<string, unknown> = {}) => ({
  name: 'Amara Okafor',
  email: `writer-${uniqueSuffix()}@example.org`,
  subject: 'MEMBERSHIP',
  message: `How does our organisation join? ${uniqueSuffix()}`,
  ...extra,
});

/** What a refused send must leave untouched: no message kept, no mail queued. */
const written = async () => ({ messages: await db.contactMessage.count(), mails: await db.outboxMail.count() });

/** A message as the form would have kept it, open. */
async function openMessage(): Promise<string> {
  const message = `Please call us back ${uniqueSuffix()}`;
  expect(await sendContactMessage(form({ message }), meta())).toEqual({ ok: true, message: 'sent' });
  return (await db.contactMessage.findFirstOrThrow({ where: { message }, select: { id: true } })).id;
}

const auditOf = (subjectId: string) =>
  db.auditEvent.findMany({ where: { subjectType: 'ContactMessage', subjectId }, orderBy: { createdAt: 'asc' } });

describe('the contact form', () => {
  it('keeps the message and mails it to the coalition, the sender named in the body, not in a header', async () => {
    const email = `Writer-${uniqueSuffix()}@Example.org`;
    const message = `Dear secretariat,\r\nwe would like to join.\r\n\r\nBest, ${uniqueSuffix()}`;
    expect(await sendContactMessage(form({ email: ` ${email} `, message }), meta())).toEqual({
      ok: true,
      message: 'sent',
    });
    const kept = await db.contactMessage.findFirstOrThrow({ where: { email: email.toLowerCase() } });
    // Line breaks as one kind; the address as the schema keeps addresses.
    expect(kept).toMatchObject({
      name: 'Amara Okafor',
      subject: 'MEMBERSHIP',
      message: message.replace(/\r\n/g, '\n'),
      handledAt: null,
      handledById: null,
    });

    const mails = (await deliveredMail(env.CONTACT_EMAIL)).filter((mail) => mail.text.includes(kept.message));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    // The subject names the choice from the list and nothing the sender typed.
    expect(mail?.subject).toBe(`${env.COALITION_NAME} contact form: Membership of the coalition`);
    // Replies go to the sender (Reply-To); the address is in the body too.
    expect(mail?.replyTo).toBe(email.toLowerCase());
    expect(mail?.text).toContain(`From: Amara Okafor, ${email.toLowerCase()} (answer to this address`);
    expect(mail?.text).toContain('/manage/messages');
  });

  it('refuses bad input beside its field and writes nothing', async () => {
    const before = await written();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ message: '' }, 'message', 'messageRequired'],
      [{ message: ' \r\n\t ' }, 'message', 'messageRequired'],
      [{ message: 'x'.repeat(5001) }, 'message', 'messageTooLong'],
      [{ email: 'not an address' }, 'email', 'emailInvalid'],
      [{ email: '' }, 'email', 'emailRequired'],
      [{ email: 'someone@example.org\r\nBcc: everyone@example.org' }, 'email', 'emailInvalid'],
      [{ subject: 'SPAM' }, 'subject', 'subjectRequired'],
      [{ subject: '' }, 'subject', 'subjectRequired'],
      [{ subject: ['GENERAL', 'PRESS'] }, 'subject', 'subjectRequired'],
      [{ name: 'Amara\r\nBcc: everyone@example.org' }, 'name', 'nameOneLine'],
      [{ name: 'Amara\nOkafor' }, 'name', 'nameOneLine'],
      [{ name: 'Amara\u2028Okafor' }, 'name', 'nameOneLine'],
      [{ name: '   ' }, 'name', 'nameRequired'],
      [{ name: '12345' }, 'name', 'nameInvalid'],
      [{ name: 'A'.repeat(121) }, 'name', 'nameTooLong'],
    ];
    for (const [change, field, key] of cases) {
      const result = await sendContactMessage(form(change), meta());
      expect(result, JSON.stringify(change)).toMatchObject({
        ok: false,
        status: 400,
        message: 'invalidInput',
        fieldErrors: { [field]: [key] },
      });
    }
    expect(await sendContactMessage(null, meta())).toMatchObject({ ok: false, status: 400 });
    expect(await sendContactMessage(form({ name: '\u202e\u2066' }), meta())).toMatchObject({
      fieldErrors: { name: ['nameRequired'] },
    });
    expect(await written()).toEqual(before);
  });

  it('keeps a name without the bidirectional controls that could disguise it', async () => {
    const message = `Spoofed? ${uniqueSuffix()}`;
    expect(await sendContactMessage(form({ name: 'Amara \u202eafokO', message }), meta())).toMatchObject({ ok: true });
    expect(await db.contactMessage.findFirstOrThrow({ where: { message } })).toMatchObject({ name: 'Amara afokO' });
  });

  it('keeps a long message whose CRLF line breaks fit the limit once read as one kind', async () => {
    const message = `${'a\r\n'.repeat(2490)}${uniqueSuffix()}`;
    expect(await sendContactMessage(form({ message }), meta())).toMatchObject({ ok: true });
    expect(await db.contactMessage.count({ where: { message: message.replace(/\r\n/g, '\n') } })).toBe(1);
  });

  it('holds a flood from one e-mail address, and one from one client address, and says so', async () => {
    const email = `flood-${uniqueSuffix()}@example.org`;
    // Five an hour in one address's name, whatever the network they come from.
    for (let count = 0; count < 5; count += 1) {
      expect(await sendContactMessage(form({ email }), meta())).toMatchObject({ ok: true });
    }
    let before = await written();
    const overEmail = await sendContactMessage(form({ email: email.toUpperCase() }), meta());
    expect(overEmail).toMatchObject({ ok: false, status: 429, message: 'tooManyMessages' });
    expect(overEmail.ok ? null : overEmail.params?.minutes).toBeGreaterThanOrEqual(1);
    expect(await written()).toEqual(before);

    // CONTACT_LIMIT_PER_ADDRESS (10) an hour from one network, whatever the address written in.
    const network = { ip: '203.0.113.77' };
    for (let count = 0; count < env.CONTACT_LIMIT_PER_ADDRESS; count += 1) {
      expect(await sendContactMessage(form(), network)).toMatchObject({ ok: true });
    }
    before = await written();
    expect(await sendContactMessage(form(), network)).toMatchObject({ status: 429, message: 'tooManyMessages' });
    expect(await written()).toEqual(before);
    // The flood uses up nobody else's limit: another network still writes.
    expect(await sendContactMessage(form(), meta())).toMatchObject({ ok: true });
  });
});

describe('handling messages', () => {
  let coordinator: Viewer;
  let scopedCoordinator: Viewer;
  let admin: Viewer;
  let member: Viewer;

  beforeAll(async () => {
    coordinator = viewerOf(await createMember(db, { role: 'COORDINATOR', name: 'Lucía Fernández' }));
    // Messages are the coalition's, not a region's: a coordinator of one region handles them too.
    scopedCoordinator = viewerOf(await createMember(db, { role: 'COORDINATOR' }), ['a-region-id']);
    admin = viewerOf(await createMember(db, { role: 'ADMIN' }));
    member = viewerOf(await createMember(db));
  });

  it('lets staff mark a message handled and reopen it, each step audited', async () => {
    const id = await openMessage();
    const staffMeta = { ip: '192.0.2.7' };
    expect(await markMessageHandled(coordinator, { id }, staffMeta)).toEqual({ ok: true, message: 'handled' });
    const handled = await db.contactMessage.findUniqueOrThrow({ where: { id } });
    expect(handled.handledById).toBe(coordinator.id);
    expect(handled.handledAt).toBeInstanceOf(Date);
    expect(await markMessageHandled(admin, { id }, staffMeta)).toMatchObject({
      ok: false,
      status: 409,
      message: 'alreadyHandled',
    });

    expect(await reopenMessage(scopedCoordinator, { id }, staffMeta)).toEqual({ ok: true, message: 'reopened' });
    expect(await db.contactMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      handledAt: null,
      handledById: null,
    });
    expect(await reopenMessage(admin, { id }, staffMeta)).toMatchObject({ status: 409, message: 'alreadyOpen' });

    expect(await auditOf(id)).toMatchObject([
      {
        action: 'contactMessage.handled',
        actorId: coordinator.id,
        ip: '192.0.2.7',
        before: { handledAt: null, handledById: null },
        after: { handledAt: handled.handledAt!.toISOString(), handledById: coordinator.id },
      },
      {
        action: 'contactMessage.reopened',
        actorId: scopedCoordinator.id,
        before: { handledAt: handled.handledAt!.toISOString(), handledById: coordinator.id },
        after: { handledAt: null, handledById: null },
      },
    ]);
  });

  it('answers an unknown or malformed id as not found, and changes nothing', async () => {
    const audit = await db.auditEvent.count();
    expect(await markMessageHandled(admin, { id: `nosuch${uniqueSuffix()}` }, meta())).toMatchObject({ status: 404 });
    expect(await reopenMessage(admin, { id: `nosuch${uniqueSuffix()}` }, meta())).toMatchObject({ status: 404 });
    expect(await markMessageHandled(admin, { id: "1' OR '1'='1" }, meta())).toMatchObject({
      status: 400,
      fieldErrors: { id: ['notFound'] },
    });
    expect(await markMessageHandled(admin, {}, meta())).toMatchObject({ status: 400 });
    expect(await db.auditEvent.count()).toBe(audit);
  });

  it('refuses members (403) and visitors (401), and changes nothing', async () => {
    const open = await openMessage();
    const done = await openMessage();
    await markMessageHandled(admin, { id: done }, meta());
    const snapshot = async () => ({
      rows: await db.contactMessage.findMany({ where: { id: { in: [open, done] } }, orderBy: { id: 'asc' } }),
      audit: await db.auditEvent.count(),
    });
    const before = await snapshot();
    expect(await markMessageHandled(member, { id: open }, meta())).toMatchObject({ status: 403, message: 'forbidden' });
    expect(await markMessageHandled(null, { id: open }, meta())).toMatchObject({ status: 401 });
    expect(await reopenMessage(member, { id: done }, meta())).toMatchObject({ status: 403 });
    expect(await reopenMessage(null, { id: done }, meta())).toMatchObject({ status: 401 });
    expect(await snapshot()).toEqual(before);
  });

  it('marks a message handled once when two requests arrive at once, and audits it once', async () => {
    const id = await openMessage();
    const results = await Promise.all([
      markMessageHandled(coordinator, { id }, meta()),
      markMessageHandled(admin, { id }, meta()),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toMatchObject([{ status: 409, message: 'alreadyHandled' }]);
    expect(await auditOf(id)).toHaveLength(1);

    const reopened = await Promise.all([
      reopenMessage(coordinator, { id }, meta()),
      reopenMessage(admin, { id }, meta()),
    ]);
    expect(reopened.filter((result) => result.ok)).toHaveLength(1);
    expect(await auditOf(id)).toHaveLength(2);
  });

  it('lists the open and the handled messages for staff, newest first, and to nobody else', async () => {
    const older = await openMessage();
    const newer = await openMessage();
    const handled = await openMessage();
    await markMessageHandled(coordinator, { id: handled }, meta());

    const open = dataOf(await listContactMessages(admin, { state: 'open', page: 1 }))!;
    const ids = open.items.map((item) => item.id);
    expect(ids).toContain(older);
    expect(ids.indexOf(newer)).toBeLessThan(ids.indexOf(older));
    expect(ids).not.toContain(handled);
    const [openCount, handledCount] = await Promise.all([
      db.contactMessage.count({ where: { handledAt: null } }),
      db.contactMessage.count({ where: { handledAt: { not: null } } }),
    ]);
    expect(open.counts).toEqual({ open: openCount, handled: handledCount });
    expect(open.total).toBe(openCount);
    expect(open.items.length).toBe(Math.min(openCount, 25));
    // Only what the page shows.
    expect(Object.keys(open.items[0]!).sort()).toEqual(
      ['createdAt', 'email', 'handledAt', 'handledBy', 'id', 'message', 'name', 'subject'].sort(),
    );

    const done = dataOf(await listContactMessages(scopedCoordinator, { state: 'handled', page: 1 }))!;
    expect(done.items.find((item) => item.id === handled)).toMatchObject({
      handledBy: { name: 'Lucía Fernández' },
    });
    expect(done.items.map((item) => item.id)).not.toContain(older);
    // Past the end: no items, the counts still there.
    const beyond = dataOf(await listContactMessages(admin, { state: 'open', page: 999 }))!;
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(openCount);

    expect(await listContactMessages(member, { state: 'open', page: 1 })).toMatchObject({ ok: false, status: 403 });
    expect(await listContactMessages(null, { state: 'handled', page: 1 })).toMatchObject({ ok: false, status: 401 });
  });
});
