import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { RegionSummary } from '@/lib/regions/queries';

/** One region: its name (the link), counts and, unless compact, its description. */
export function RegionCard({
  region,
  headingLevel = 2,
  compact = false,
}: {
  region: RegionSummary;
  headingLevel?: 2 | 3;
  compact?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <Heading className="text-xl font-semibold">
        <Link
          href={`/regions/${region.slug}`}
          className="text-brand-900 decoration-brand-800/30 hover:decoration-brand-900 underline"
        >
          {region.name}
        </Link>
      </Heading>
      {!compact && region.description ? <p className="mt-2 text-slate-700">{region.description}</p> : null}
      <RegionCounts counts={region.counts} compact={compact} />
    </article>
  );
}

/** The counts of a region, as a small list. */
export function RegionCounts({ counts, compact = false }: { counts: RegionSummary['counts']; compact?: boolean }) {
  const t = useTranslations('regions');
  const items = [
    t('counts.organizations', { count: counts.organizations }),
    t('counts.publications', { count: counts.publications }),
    t('counts.activeCampaigns', { count: counts.activeCampaigns }),
    ...(compact ? [] : [t('counts.countries', { count: counts.countries })]),
  ];
  return (
    <ul
      aria-label={t('countsLabel')}
      className={`grid grid-cols-1 gap-1 text-sm text-slate-700 ${compact ? 'pt-3' : 'mt-auto pt-4 sm:grid-cols-2'}`}
    >
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
