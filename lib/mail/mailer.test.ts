import { describe, expect, it } from 'vitest';
import { readOutbox, sendMail } from './mailer';

describe('the mailer without SMTP', () => {
  it('writes one readable file per message to the outbox', async () => {
    await sendMail({ to: 'Ana@Example.org', subject: 'Your sign-in link', text: 'Open https://portal.example.org/x' });
    await sendMail({ to: 'someone-else@example.org', subject: 'Other', text: 'Not for Ana' });
    const forAna = await readOutbox('ana@example.org');
    expect(forAna).toHaveLength(1);
    expect(forAna[0]).toMatchObject({ subject: 'Your sign-in link', text: 'Open https://portal.example.org/x' });
    expect(forAna[0]!.from).toContain('@');
    expect(await readOutbox()).toHaveLength(2);
  });
});
