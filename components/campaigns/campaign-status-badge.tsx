import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';

const statusTone = {
  ACTIVE: 'success',
  CLOSED: 'neutral',
  DRAFT: 'warning',
  ARCHIVED: 'neutral',
} as const satisfies Record<CampaignStatus, string>;

/** A campaign's status as a coloured label (running, closed, draft, archived). */
export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const t = useTranslations('common');
  return <Badge tone={statusTone[status]}>{t(`campaignStatus.${status}`)}</Badge>;
}
