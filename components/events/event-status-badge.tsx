import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { EventStatus } from '@/lib/generated/prisma/enums';

/** "Cancelled", in a colour that stands out; a scheduled event needs no label in public lists. */
export function EventStatusBadge({ status, showScheduled = false }: { status: EventStatus; showScheduled?: boolean }) {
  const t = useTranslations('events.status');
  if (status === 'SCHEDULED' && !showScheduled) return null;
  return <Badge tone={status === 'CANCELLED' ? 'warning' : 'success'}>{t(status)}</Badge>;
}
