// A campaign's end date closes it (decision 023). "Ends on 31 December" is read as signers read it:
// signatures are taken until that day is over everywhere on Earth ("anywhere on Earth", UTC−12,
// as conference deadlines are), so nobody's 31 December is cut short by the server's clock. From
// then on signing is refused at once (`signingHasEnded`), and within a minute the campaign is closed
// for good by each server's closer (`closeEndedCampaigns`): its state says closed, its personal
// data's retention clock starts (purge.ts), and the audit log names the end date as the reason.
// Loaded by instrumentation.ts too, outside the app's bundles: relative imports, as lib/mail's.
import type { Database } from '../database/client';
import type { Prisma } from '../generated/prisma/client';
import type { CampaignStatus } from '../generated/prisma/enums';

const hour = 3_600_000;

/** The end of the end day anywhere on Earth: the next day at 12:00 UTC (endsAt is a day at 00:00 UTC). */
export function signingEndOf(endsAt: Date): Date {
  return new Date(endsAt.getTime() + 36 * hour);
}

/** Whether a campaign's end date has passed for everyone (a campaign without one never ends by itself). */
export function signingHasEnded(campaign: { endsAt: Date | null }, now = new Date()): boolean {
  return campaign.endsAt !== null && now >= signingEndOf(campaign.endsAt);
}

/**
 * Whether a campaign takes signatures (and endorsements) now: running, and its end date not yet
 * passed for everyone, whether or not the closer has run.
 */
export function takesSignatures(campaign: { status: CampaignStatus; endsAt: Date | null }, now = new Date()): boolean {
  return campaign.status === 'ACTIVE' && !signingHasEnded(campaign, now);
}

/**
 * Closes every running campaign whose end date has passed for everyone, each with an audit event
 * (no actor: the end date did it). One statement changes the rows, so two servers running it at
 * once close (and record) each campaign once. Returns the slugs it closed.
 */
export async function closeEndedCampaigns(database: Database, now = new Date()): Promise<string[]> {
  const cutoff = new Date(now.getTime() - 36 * hour);
  return database.$transaction(async (tx: Prisma.TransactionClient) => {
    const closed = await tx.$queryRaw<{ id: string; slug: string; endsAt: Date }[]>`
      UPDATE "Campaign" SET "status" = 'CLOSED', "closedAt" = ${now}, "updatedAt" = ${now}
       WHERE "status" = 'ACTIVE' AND "endsAt" IS NOT NULL AND "endsAt" <= ${cutoff}
       RETURNING "id", "slug", "endsAt"`;
    if (closed.length > 0) {
      await tx.auditEvent.createMany({
        data: closed.map((campaign) => ({
          actorId: null,
          action: 'campaign.close',
          subjectType: 'Campaign',
          subjectId: campaign.id,
          before: { status: 'ACTIVE' },
          after: { status: 'CLOSED', reason: 'endDatePassed', endsAt: campaign.endsAt.toISOString().slice(0, 10) },
        })),
      });
    }
    return closed.map((campaign) => campaign.slug);
  });
}

/** How often each server looks for campaigns that have just ended. */
const closerIntervalMs = 60_000;

/**
 * Starts this process's closer (once): a pass now and every minute. Visitors' cached pages follow
 * on their own (campaign pages within seconds, lists within a minute: lib/site/refresh-public-pages.ts).
 */
export function startCampaignCloser(database: Database): () => void {
  const pass = () =>
    closeEndedCampaigns(database).catch((error: unknown) => {
      console.error('[portal] closing ended campaigns failed:', error);
    });
  void pass();
  const timer = setInterval(() => void pass(), closerIntervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
