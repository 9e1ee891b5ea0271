// Reads of the messages sent with the contact form, for staff (/manage/messages): those waiting for
// an answer, or those handled, newest first, 25 a page, with how many there are of each.
import 'server-only';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { denied, type Result } from '@/lib/forms/result';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ContactSubject } from '@/lib/generated/prisma/enums';
import { paginated, pageWindow, type Paginated } from '@/lib/site/pagination';
import type { ContactMessageFilters, ContactMessageState } from './schemas';

export const contactMessagePageSize = 25;

export interface ContactMessageItem {
  id: string;
  name: string;
  email: string;
  subject: ContactSubject;
  message: string;
  createdAt: Date;
  handledAt: Date | null;
  handledBy: { name: string } | null;
}

export interface ContactMessageList extends Paginated<ContactMessageItem> {
  /** How many messages are open and how many handled, for the tabs. */
  counts: Record<ContactMessageState, number>;
}

const whereState: Record<ContactMessageState, Prisma.ContactMessageWhereInput> = {
  open: { handledAt: null },
  handled: { handledAt: { not: null } },
};

/** One page of the open or the handled messages, newest first; 401/403 for anyone but staff. */
export async function listContactMessages(
  viewer: MaybeViewer,
  filters: ContactMessageFilters,
): Promise<Result<ContactMessageList>> {
  if (!can(viewer, 'message:handle', {})) return denied(viewer);
  const where = whereState[filters.state];
  const [items, open, handled] = await Promise.all([
    db.contactMessage.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      ...pageWindow(filters.page, contactMessagePageSize),
      select: {
        id: true,
        name: true,
        email: true,
        subject: true,
        message: true,
        createdAt: true,
        handledAt: true,
        handledBy: { select: { name: true } },
      },
    }),
    db.contactMessage.count({ where: whereState.open }),
    db.contactMessage.count({ where: whereState.handled }),
  ]);
  const counts = { open, handled };
  return {
    ok: true,
    data: { ...paginated(items, counts[filters.state], filters.page, contactMessagePageSize), counts },
  };
}
