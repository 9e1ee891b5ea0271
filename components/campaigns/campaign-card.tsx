import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { CampaignListItem } from '@/lib/campaigns/queries';
import { CampaignDates } from './campaign-dates';
import { CampaignStatusBadge } from './campaign-status-badge';
import { SignatureProgress } from './signature-progress';

/** One campaign in a list: status, title (the link), goal, dates, signatures and progress. */
export function CampaignCard({ campaign, headingLevel = 2 }: { campaign: CampaignListItem; headingLevel?: 2 | 3 }) {
  const t = useTranslations('common');
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <CampaignStatusBadge status={campaign.status} />
        <CampaignDates startsAt={campaign.startsAt} endsAt={campaign.endsAt} />
      </div>
      <Heading className="mt-3 text-xl leading-snug font-semibold">
        <Link
          href={`/campaigns/${campaign.slug}`}
          className="text-brand-900 decoration-brand-800/30 hover:decoration-brand-900 underline"
        >
          {campaign.title}
        </Link>
      </Heading>
      <p className="mt-2 text-slate-700">{campaign.goal}</p>
      {campaign.regions.length > 0 ? (
        <p className="mt-2 text-sm text-slate-700">
          {campaign.regions.map((region) => region.name).join(t('listSeparator'))}
        </p>
      ) : null}
      <div className="mt-auto pt-5">
        <SignatureProgress count={campaign.signatureCount} goal={campaign.signatureGoal} />
      </div>
    </article>
  );
}
