import { useFormatter, useTranslations } from 'next-intl';
import { CampaignStatusBadge } from '@/components/campaigns/campaign-status-badge';
import { TextLink } from '@/components/ui/text-link';
import type { ManagedCampaignRow } from '@/lib/campaigns/queries';

const cell = 'px-3 py-3 align-top';

/** Campaigns as staff list them; each title opens its page in /manage/campaigns. */
export function CampaignTable({ campaigns, caption }: { campaigns: ManagedCampaignRow[]; caption: string }) {
  const t = useTranslations('manageCampaigns');
  const format = useFormatter();
  return (
    <div
      role="region"
      aria-labelledby="campaign-table-caption"
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200"
    >
      <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
        <caption id="campaign-table-caption" className="sr-only">
          {caption}
        </caption>
        <thead className="bg-slate-50 text-slate-800">
          <tr>
            <th scope="col" className={cell}>
              {t('columns.title')}
            </th>
            <th scope="col" className={cell}>
              {t('columns.status')}
            </th>
            <th scope="col" className={cell}>
              {t('columns.regions')}
            </th>
            <th scope="col" className={cell}>
              {t('columns.signatures')}
            </th>
            <th scope="col" className={cell}>
              {t('columns.updated')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {campaigns.map((campaign) => (
            <tr key={campaign.id}>
              <th scope="row" className={`${cell} font-semibold`}>
                <TextLink href={`/manage/campaigns/${campaign.id}`}>{campaign.title}</TextLink>
              </th>
              <td className={cell}>
                <CampaignStatusBadge status={campaign.status} />
              </td>
              <td className={cell}>
                {campaign.regions.length > 0 ? campaign.regions.map((region) => region.name).join(', ') : t('noRegion')}
              </td>
              <td className={cell}>
                {campaign.signatureGoal > 0
                  ? t('signaturesOfGoal', {
                      count: format.number(campaign.signatureCount),
                      goal: format.number(campaign.signatureGoal),
                    })
                  : format.number(campaign.signatureCount)}
                {campaign.heldCount > 0 ? (
                  <span className="mt-1 block font-semibold text-amber-900">
                    {t('heldCount', { count: campaign.heldCount })}
                  </span>
                ) : null}
              </td>
              <td className={cell}>
                <time dateTime={campaign.updatedAt.toISOString()}>
                  {format.dateTime(campaign.updatedAt, { dateStyle: 'medium' })}
                </time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
