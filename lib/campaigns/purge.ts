// Signers' personal data does not outlive its use: SIGNER_DATA_RETENTION_MONTHS after a campaign
// closes (or is archived after closing), its people's names, addresses, comments and links are
// removed; what made the count stays (confirmed, withdrawn, held, the country), so the campaign's
// total and its counts by country do not move. Endorsements are organisations, not people: kept.
// Run daily by `npm run campaigns:purge` (docs/operations.md); each campaign purged is audited.
import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record';
import { db } from '@/lib/db';

/** The moment `months` calendar months before `now`. */
export function monthsBefore(now: Date, months: number): Date {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

/**
 * Removes the signers' personal data of every campaign closed at least `months` ago and not purged
 * yet, one campaign per transaction. Returns what it did, for the command to print.
 */
export async function purgeSignerData(
  now: Date,
  months: number,
): Promise<{ campaigns: { slug: string; signatures: number }[] }> {
  const closedBy = monthsBefore(now, months);
  const due = await db.campaign.findMany({
    where: { status: { in: ['CLOSED', 'ARCHIVED'] }, closedAt: { lte: closedBy }, signerDataRemovedAt: null },
    orderBy: { closedAt: 'asc' },
    select: { id: true, slug: true },
  });
  const done: { slug: string; signatures: number }[] = [];
  for (const campaign of due) {
    const signatures = await db.$transaction(async (tx) => {
      const cleared = await tx.signature.updateMany({
        where: { campaignId: campaign.id, kind: 'PERSON' },
        data: {
          name: '',
          email: null,
          emailKey: null,
          comment: null,
          isPublic: false,
          confirmTokenHash: null,
          confirmExpiresAt: null,
        },
      });
      // Only a campaign still due is marked, so two runs at once purge (and audit) it once.
      const marked = await tx.campaign.updateMany({
        where: { id: campaign.id, signerDataRemovedAt: null },
        data: { signerDataRemovedAt: now },
      });
      if (marked.count === 0) return null;
      await recordAuditEvent(tx, {
        actorId: null,
        action: 'campaign.signerDataRemoved',
        subjectType: 'Campaign',
        subjectId: campaign.id,
        after: { signatures: cleared.count, retentionMonths: months },
      });
      return cleared.count;
    });
    if (signatures !== null) done.push({ slug: campaign.slug, signatures });
  }
  return { campaigns: done };
}
