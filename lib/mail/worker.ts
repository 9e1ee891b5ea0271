// The mail worker of a server process, wired to what it needs to write link mail. Started by the
// instrumentation hook; lib tests and the admin:create command run the same passes through
// deliverAllDueMail.
import type { Database } from '../database/client';
import { writeLinkMail } from '../auth/link-mail';
import { deliverDueMail, startMailWorker, type DeliveryPass } from './outbox';

export function startPortalMailWorker(database: Database) {
  return startMailWorker(database, { writeLink: writeLinkMail });
}

/** Runs delivery passes until nothing more is due now (or SMTP fails); the passes' totals. */
export async function deliverAllDueMail(database: Database): Promise<DeliveryPass> {
  const total: DeliveryPass = { sent: 0, dropped: 0, retrying: 0, givenUp: 0 };
  for (;;) {
    const pass = await deliverDueMail(database, { writeLink: writeLinkMail });
    for (const key of Object.keys(total) as Array<keyof DeliveryPass>) total[key] += pass[key];
    if (pass.sent + pass.dropped === 0 || pass.retrying > 0) return total;
  }
}
