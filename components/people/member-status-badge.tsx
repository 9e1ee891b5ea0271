import { useTranslations } from 'next-intl';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { MemberStatus } from '@/lib/generated/prisma/enums';

const tones: Record<MemberStatus, BadgeTone> = { ACTIVE: 'success', SUSPENDED: 'warning', INVITED: 'neutral' };

/** A person's account status as a badge. */
export function MemberStatusBadge({ status }: { status: MemberStatus }) {
  const t = useTranslations('people.statuses');
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
