// The states of a publication and the only steps between them. Who may take a step is the policy's
// 'publication:transition' rule (lib/auth/policy.ts), which reads this table: a step that is not
// here does not exist, for anyone.
//
//   author    the member who wrote or shared it
//   trusted   an author whose organisation an admin marked trusted: publishes without review
//   reviewer  a coordinator of one of its regions, or an admin (ReliefWeb's editors)
//   editor    staff whose regions hold all of its regions (a coordinator limited to regions
//             publishes in those regions only), or an admin
import type { PublicationFacts } from '@/lib/auth/policy';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';

export type WorkflowRole = 'author' | 'trusted' | 'reviewer' | 'editor';

export interface WorkflowStep {
  from: readonly PublicationStatus[];
  to: PublicationStatus;
  by: readonly WorkflowRole[];
  /** Whether the step needs a coded reason (shown and e-mailed to the author). */
  needsReason?: true;
}

export const workflow = {
  /** Send a draft, or a reworked one, for review. */
  submit: { from: ['DRAFT', 'CHANGES_REQUESTED'], to: 'IN_REVIEW', by: ['author'] },
  /** Take it back from review to keep working on it. */
  withdraw: { from: ['IN_REVIEW'], to: 'DRAFT', by: ['author'] },
  approve: { from: ['IN_REVIEW'], to: 'PUBLISHED', by: ['reviewer'] },
  requestChanges: { from: ['IN_REVIEW'], to: 'CHANGES_REQUESTED', by: ['reviewer'], needsReason: true },
  reject: { from: ['IN_REVIEW'], to: 'REJECTED', by: ['reviewer'], needsReason: true },
  /** Publish at once (or at its embargo time). */
  publish: { from: ['DRAFT', 'CHANGES_REQUESTED'], to: 'PUBLISHED', by: ['editor', 'trusted'] },
  unpublish: { from: ['PUBLISHED'], to: 'DRAFT', by: ['editor'] },
  archive: { from: ['DRAFT', 'PUBLISHED', 'REJECTED'], to: 'ARCHIVED', by: ['editor'] },
  restore: { from: ['ARCHIVED'], to: 'DRAFT', by: ['editor'] },
} as const satisfies Record<string, WorkflowStep>;

export type Transition = keyof typeof workflow;

export const transitions = Object.keys(workflow) as Transition[];

export const isTransition = (value: string): value is Transition => Object.hasOwn(workflow, value);

/** Whether the step exists from this state (who may take it is the policy's question). */
export function leadsFrom(transition: Transition, status: PublicationStatus): boolean {
  const from: readonly PublicationStatus[] = workflow[transition].from;
  return from.includes(status);
}

/** The coded reasons a reviewer picks from when asking for changes or rejecting (plus free text). */
export const reviewReasons = [
  'outOfScope',
  'missingSource',
  'duplicate',
  'qualityOfText',
  'safetyOrPrivacy',
  'wrongTagging',
  'fileProblem',
  'other',
] as const;

export type ReviewReason = (typeof reviewReasons)[number];

/** States in which the content may still be changed by its author. */
export const authorEditableStatuses: readonly PublicationStatus[] = ['DRAFT', 'CHANGES_REQUESTED'];

/** What the policy's publication rules read of a publication (see factsOf), and its author's address. */
export const publicationFactsSelect = {
  id: true,
  slug: true,
  title: true,
  status: true,
  submittedById: true,
  regions: { select: { id: true } },
  submittedBy: { select: { email: true, name: true, organization: { select: { trusted: true } } } },
} satisfies Prisma.PublicationSelect;

type FactsRow = Prisma.PublicationGetPayload<{ select: typeof publicationFactsSelect }>;

/** A publication as the policy's rules take it. */
export function factsOf(row: FactsRow): PublicationFacts {
  return {
    status: row.status,
    regionIds: row.regions.map((region) => region.id),
    submittedById: row.submittedById,
    authorTrusted: row.submittedBy?.organization?.trusted ?? false,
  };
}
