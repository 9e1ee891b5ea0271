// A campaign's confirmed signatures as CSV, for the staff who run it (to hand to its targets, or to
// check). Only what each signer agreed to share: everyone is counted with their country, but a name
// and comment only of those who chose to be shown; never an e-mail address (the consent keeps it for
// this campaign's mails alone). Every cell that a spreadsheet would read as a formula (=, +, -, @,
// tab, carriage return first) is escaped by csv-stringify's `escape_formulas`. The file is written
// while it downloads, a page of rows at a time, and every export is audited (whose data left, when).
import 'server-only';
import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { recordAuditEvent } from '@/lib/audit/record';
import { can, managedCampaigns, type MaybeViewer } from '@/lib/auth/policy';
import type { RequestMeta } from '@/lib/auth/request';
import { db } from '@/lib/db';
import { isRecordId } from '@/lib/forms/fields';
import { denied, missing, type Result } from '@/lib/forms/result';
import type { Prisma } from '@/lib/generated/prisma/client';

/** The header row; the order of every row. */
export const signerCsvColumns = [
  'Confirmed (UTC)',
  'Name',
  'Country',
  'Comment',
  'Shown publicly',
  'Consent version',
] as const;

/** Signatures that count, read in pages of this many (by id, so a page never repeats or skips). */
const batchSize = 2_000;

const countedPeople = {
  kind: 'PERSON',
  emailConfirmedAt: { not: null },
  withdrawnAt: null,
  heldAt: null,
} satisfies Prisma.SignatureWhereInput;

async function* signerRows(campaignId: string): AsyncGenerator<string[]> {
  yield [...signerCsvColumns];
  let after: string | undefined;
  for (;;) {
    const page = await db.signature.findMany({
      where: { campaignId, ...countedPeople, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: 'asc' },
      take: batchSize,
      select: {
        id: true,
        name: true,
        comment: true,
        isPublic: true,
        consentVersion: true,
        emailConfirmedAt: true,
        country: { select: { name: true } },
      },
    });
    for (const row of page) {
      yield [
        row.emailConfirmedAt?.toISOString().replace('T', ' ').slice(0, 19) ?? '',
        row.isPublic ? row.name : '',
        row.country?.name ?? '',
        row.isPublic ? (row.comment ?? '') : '',
        row.isPublic ? 'yes' : 'no',
        row.consentVersion ?? '',
      ];
    }
    if (page.length < batchSize) return;
    after = page.at(-1)?.id;
  }
}

/**
 * The CSV of one campaign that the viewer manages (archived ones too): a stream and its file name;
 * 404 for a campaign outside their regions. The export is audited before the first byte leaves.
 */
export async function exportSigners(
  viewer: MaybeViewer,
  campaignId: string,
  meta: RequestMeta,
): Promise<Result<{ body: Readable; fileName: string }>> {
  if (!viewer || !can(viewer, 'campaign:manage', {})) return denied(viewer);
  if (!isRecordId(campaignId)) return missing();
  const campaign = await db.campaign.findFirst({
    where: { AND: [{ id: campaignId }, managedCampaigns(viewer)] },
    select: { id: true, slug: true, status: true, regions: { select: { id: true } } },
  });
  if (!campaign) return missing();
  const facts = { status: campaign.status, regionIds: campaign.regions.map((region) => region.id) };
  // Read only is enough: an archived campaign's list may still be handed over.
  if (!can(viewer, 'campaign:oversee', facts)) return missing();
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      actorId: viewer.id,
      action: 'campaign.signersExported',
      subjectType: 'Campaign',
      subjectId: campaign.id,
      ip: meta.ip,
    }),
  );
  const body = stringify({ escape_formulas: true, bom: true, record_delimiter: 'windows' });
  // A failed read ends the download with an error rather than leaving it open.
  pipeline(Readable.from(signerRows(campaign.id)), body, () => undefined);
  return { ok: true, data: { body, fileName: `${campaign.slug}-signatures.csv` } };
}
