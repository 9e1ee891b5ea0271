// Mail in lib tests: the code under test queues it (lib/mail/outbox.ts); no worker runs in a test,
// so reading it first runs the delivery passes a server's worker would, then reads the outbox folder.
import { sharedDatabase } from '@/lib/database/shared';
import type { OutboxMessage } from '@/lib/mail/mailer';
import { readOutbox } from '@/lib/mail/outbox-folder';
import { deliverAllDueMail } from '@/lib/mail/worker';

/** Delivers every due message (to the outbox folder), then returns those to `to`, oldest first. */
export async function deliveredMail(to?: string): Promise<OutboxMessage[]> {
  await deliverAllDueMail(sharedDatabase());
  return readOutbox(to);
}
