// "Send to a colleague": what the recipient gets, what stays out of the subject, who may send what,
// and the limits that keep the mailer from being used to flood an inbox.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { viewerOf } from '@/lib/testing/viewers';
import { createMember, createPublication, ensureReferenceData, uniqueSuffix } from '@/prisma/seed/factories';
import { sendToColleague } from './mutations';

const inbox = () => `colleague-${uniqueSuffix()}@example.org`;
const outboxTo = (to: string) => db.outboxMail.findMany({ where: { to }, select: { subject: true, text: true } });

describe('sending a publication to a colleague', () => {
  let member: Viewer;
  let publicSlug: string;
  let membersSlug: string;

  beforeAll(async () => {
    await ensureReferenceData(db);
    member = viewerOf(await createMember(db, { name: 'Amina Ndlovu' }));
    publicSlug = (await createPublication(db, { title: `Field report ${uniqueSuffix()}`, status: 'PUBLISHED' })).slug;
    membersSlug = (
      await createPublication(db, {
        title: `Internal note ${uniqueSuffix()}`,
        status: 'PUBLISHED',
        visibility: 'MEMBERS',
      })
    ).slug;
  });

  it('mails the title and address; the note only in the body, as plain text', async () => {
    const to = inbox();
    const note = 'Subject: injected\r\nBcc: someone@example.org\n<b>read page 4</b>';
    expect(await sendToColleague(null, { slug: publicSlug, to, note }, { ip: '192.0.2.50' })).toEqual({
      ok: true,
      message: 'sent',
    });
    const [mail] = await outboxTo(to);
    expect(mail?.subject).toMatch(/: Field report /);
    expect(mail?.subject).not.toContain('injected');
    expect(mail?.text).toContain(`/library/${publicSlug}`);
    expect(mail?.text).toContain('Someone thought you would want to read this');
    expect(mail?.text).toContain('Subject: injected\nBcc: someone@example.org\n<b>read page 4</b>');
  });

  it('names a member as the sender', async () => {
    const to = inbox();
    await sendToColleague(member, { slug: publicSlug, to, note: '' }, { ip: '192.0.2.51' });
    const [mail] = await outboxTo(to);
    expect(mail?.text).toContain('Amina Ndlovu thought you would want to read this');
    expect(mail?.text).not.toContain('Their note');
  });

  it('sends a members-only piece for members only, and nothing unknown', async () => {
    const to = inbox();
    expect(await sendToColleague(null, { slug: membersSlug, to }, { ip: '192.0.2.52' })).toMatchObject({ status: 401 });
    expect(await sendToColleague(null, { slug: 'no-such-piece', to }, { ip: '192.0.2.52' })).toMatchObject({
      status: 404,
    });
    expect(await outboxTo(to)).toEqual([]);
    expect(await sendToColleague(member, { slug: membersSlug, to }, { ip: '192.0.2.52' })).toMatchObject({ ok: true });
  });

  it('refuses a bad address or a long note beside the field', async () => {
    expect(await sendToColleague(null, { slug: publicSlug, to: 'not an address' }, { ip: '192.0.2.53' })).toMatchObject(
      {
        status: 400,
        fieldErrors: { to: ['emailInvalid'] },
      },
    );
    expect(
      await sendToColleague(null, { slug: publicSlug, to: inbox(), note: 'x'.repeat(1001) }, { ip: '192.0.2.53' }),
    ).toMatchObject({ status: 400, fieldErrors: { note: ['noteTooLong'] } });
  });

  it('limits one address to 10 an hour and one inbox to 5 a day', async () => {
    for (let sent = 0; sent < 10; sent += 1) {
      expect(await sendToColleague(null, { slug: publicSlug, to: inbox() }, { ip: '192.0.2.54' })).toMatchObject({
        ok: true,
      });
    }
    expect(await sendToColleague(null, { slug: publicSlug, to: inbox() }, { ip: '192.0.2.54' })).toMatchObject({
      status: 429,
      message: 'tooManySent',
    });
    const flooded = inbox();
    for (let sender = 0; sender < 5; sender += 1) {
      await sendToColleague(null, { slug: publicSlug, to: flooded }, { ip: `192.0.2.${60 + sender}` });
    }
    expect(await sendToColleague(null, { slug: publicSlug, to: flooded }, { ip: '192.0.2.70' })).toMatchObject({
      status: 429,
    });
    expect(await outboxTo(flooded)).toHaveLength(5);
  });
});
