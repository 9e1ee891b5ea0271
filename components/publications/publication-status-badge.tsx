import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';

const statusTone = {
  DRAFT: 'neutral',
  IN_REVIEW: 'brand',
  CHANGES_REQUESTED: 'warning',
  PUBLISHED: 'success',
  REJECTED: 'muted',
  ARCHIVED: 'muted',
} as const;

/** A publication's state in the workflow as a coloured label. */
export function PublicationStatusBadge({ status }: { status: PublicationStatus }) {
  const t = useTranslations('publications');
  return <Badge tone={statusTone[status]}>{t(`status.${status}`)}</Badge>;
}
