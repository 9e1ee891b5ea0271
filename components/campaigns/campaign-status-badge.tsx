import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';

const statusTone = { ACTIVE: 'success', CLOSED: 'neutral', DRAFT: 'warning' } as const;

/** A campaign's status as a coloured label (running, closed, draft). */
export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const t = useTranslations('common');
  return <Badge tone={statusTone[status]}>{t(`campaignStatus.${status}`)}</Badge>;
}
