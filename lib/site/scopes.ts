// WHERE clauses built from the read scopes in lib/auth/policy.ts, shared by every capability's
// queries so the directory, library, campaigns and regions count the same rows.
import 'server-only';
import { campaignReadScope, organizationReadScope, publicationReadScope, type MaybeViewer } from '@/lib/auth/policy';
import type { Prisma } from '@/lib/generated/prisma/client';

export function visibleOrganizations(viewer: MaybeViewer): Prisma.OrganizationWhereInput {
  return { status: { in: organizationReadScope(viewer) } };
}

export function visiblePublications(viewer: MaybeViewer): Prisma.PublicationWhereInput {
  const scope = publicationReadScope(viewer);
  return { status: { in: scope.statuses }, visibility: { in: scope.visibilities } };
}

export function visibleCampaigns(viewer: MaybeViewer): Prisma.CampaignWhereInput {
  return { status: { in: campaignReadScope(viewer) } };
}

/** Signatures that count toward a campaign's total: email-confirmed people and organisations. */
export const countedSignatures: Prisma.SignatureWhereInput = {
  OR: [{ kind: 'PERSON', emailConfirmedAt: { not: null } }, { kind: 'ORGANIZATION' }],
};
