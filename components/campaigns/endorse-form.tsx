'use client';

// A member endorses a running campaign in their organisation's name, choosing a tier, or changes
// the tier; and withdraws the endorsement. Shown only to members of an active organisation (the
// server checks again). Works without JavaScript.
import { useTranslations } from 'next-intl';
import { Choice, ChoiceGroup } from '@/components/ui/form-fields';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { endorseCampaignAction, withdrawEndorsementAction } from '@/lib/campaigns/actions';
import { endorseSchema } from '@/lib/campaigns/schemas';
import type { EndorsementTier } from '@/lib/generated/prisma/enums';

const tiers: EndorsementTier[] = ['ENDORSE', 'CO_SPONSOR'];

export function EndorseForm({
  slug,
  organization,
  tier,
  open,
}: {
  slug: string;
  organization: string;
  /** The organisation's tier now; null when it does not endorse. */
  tier: EndorsementTier | null;
  /** Whether the campaign takes endorsements (it is running). */
  open: boolean;
}) {
  const t = useTranslations('campaigns.endorse');
  const endorse = useActionForm({
    action: endorseCampaignAction,
    schema: endorseSchema,
    defaultValues: { slug, tier: tier ?? undefined },
    namespace: 'campaigns',
    id: 'endorse',
  });
  const withdraw = useActionForm({
    action: withdrawEndorsementAction,
    defaultValues: {},
    namespace: 'campaigns',
    id: 'endorse-withdraw',
  });
  return (
    <div className="flex flex-col gap-4">
      {withdraw.summary}
      {tier ? <p className="font-semibold text-slate-900">{t('current', { organization, tier })}</p> : null}
      {open ? (
        <form {...endorse.formProps} aria-label={t('heading')} className="flex flex-col gap-4">
          {endorse.summary}
          <input type="hidden" name="slug" value={slug} />
          <ChoiceGroup id="endorse-tier" legend={t('legend', { organization })} error={endorse.errorOf('tier')}>
            {tiers.map((value) => (
              <Choice key={value} type="radio" label={t(value)} {...endorse.choice('tier', value)} />
            ))}
          </ChoiceGroup>
          <SubmitButton
            pending={endorse.pending}
            label={tier ? t('change') : t('submit')}
            pendingLabel={t('sending')}
          />
        </form>
      ) : null}
      {tier ? (
        <form {...withdraw.formProps} aria-label={t('withdraw')}>
          <input type="hidden" name="slug" value={slug} />
          <SubmitButton
            pending={withdraw.pending}
            label={t('withdraw')}
            pendingLabel={t('withdrawing')}
            variant="secondary"
          />
        </form>
      ) : null}
    </div>
  );
}
