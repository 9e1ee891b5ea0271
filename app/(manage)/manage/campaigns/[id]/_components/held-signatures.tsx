import { useFormatter, useTranslations } from 'next-intl';
import { decideHeldSignaturesAction } from '@/lib/campaigns/actions';
import type { HeldSignature } from '@/lib/campaigns/queries';
import { CampaignButton } from './campaign-button';

const cell = 'px-3 py-3 align-top';

/** The signatures held over a limit, each with its decision, and a decision for all of them. */
export function HeldSignatures({
  campaignId,
  held,
  count,
  editable,
}: {
  campaignId: string;
  held: HeldSignature[];
  count: number;
  editable: boolean;
}) {
  const t = useTranslations('manageCampaigns.held');
  const tf = useTranslations('manageCampaigns.form');
  const format = useFormatter();
  if (count === 0) return <p className="text-slate-700">{t('none')}</p>;
  const decide = (decision: 'release' | 'discard', signatureId = '') => ({ campaignId, signatureId, decision });
  return (
    <div className="flex flex-col gap-4">
      {count > held.length ? <p className="text-slate-700">{t('more', { shown: held.length, count })}</p> : null}
      {editable ? (
        <div className="flex flex-wrap gap-3">
          <CampaignButton
            action={decideHeldSignaturesAction}
            id="held-release-all"
            fields={decide('release')}
            text={t('releaseAll', { count })}
            pendingText={tf('saving')}
            variant="primary"
          />
          <CampaignButton
            action={decideHeldSignaturesAction}
            id="held-discard-all"
            fields={decide('discard')}
            text={t('discardAll', { count })}
            pendingText={tf('saving')}
          />
        </div>
      ) : null}
      <div
        role="region"
        aria-labelledby="held-caption"
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-slate-200"
      >
        <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
          <caption id="held-caption" className="sr-only">
            {t('caption')}
          </caption>
          <thead className="bg-slate-50 text-slate-800">
            <tr>
              <th scope="col" className={cell}>
                {t('name')}
              </th>
              <th scope="col" className={cell}>
                {t('email')}
              </th>
              <th scope="col" className={cell}>
                {t('country')}
              </th>
              <th scope="col" className={cell}>
                {t('signed')}
              </th>
              <th scope="col" className={cell}>
                {t('confirmed')}
              </th>
              {editable ? (
                <th scope="col" className={cell}>
                  {t('actions')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {held.map((signature) => (
              <tr key={signature.id}>
                <th scope="row" className={`${cell} font-semibold break-words`}>
                  {signature.name}
                </th>
                <td className={`${cell} break-all`}>{signature.email}</td>
                <td className={cell}>{signature.country}</td>
                <td className={cell}>
                  <time dateTime={signature.createdAt.toISOString()}>
                    {format.dateTime(signature.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                  </time>
                </td>
                <td className={cell}>{signature.confirmed ? t('yes') : t('no')}</td>
                {editable ? (
                  <td className={cell}>
                    <div className="flex flex-wrap gap-2">
                      <CampaignButton
                        action={decideHeldSignaturesAction}
                        id={`held-release-${signature.id}`}
                        fields={decide('release', signature.id)}
                        text={t('release')}
                        label={t('releaseLabel', { name: signature.name })}
                        pendingText={tf('saving')}
                      />
                      <CampaignButton
                        action={decideHeldSignaturesAction}
                        id={`held-discard-${signature.id}`}
                        fields={decide('discard', signature.id)}
                        text={t('discard')}
                        label={t('discardLabel', { name: signature.name })}
                        pendingText={tf('saving')}
                      />
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
