import { useTranslations } from 'next-intl';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { MonitoringLevel } from '@/lib/generated/prisma/enums';

const toneOf: Record<MonitoringLevel, BadgeTone> = { WATCH: 'neutral', CONCERN: 'warning', ALERT: 'danger' };

/** "Watch", "Concern" or "Alert": the word carries the level, the colour only repeats it. */
export function LevelBadge({ level }: { level: MonitoringLevel }) {
  const t = useTranslations('monitoring');
  return <Badge tone={toneOf[level]}>{t(`level.${level}`)}</Badge>;
}
