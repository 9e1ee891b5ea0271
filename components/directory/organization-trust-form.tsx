'use client';

// An admin's switch on an organisation's page: whether its members publish without review. One
// button that says what it will do; works without JavaScript (a plain post, the page again).
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { setOrganizationTrustAction } from '@/lib/directory/actions';

export function OrganizationTrustForm({ organizationId, trusted }: { organizationId: string; trusted: boolean }) {
  const t = useTranslations('organizationProfile');
  const { formProps, summary, pending } = useActionForm({
    action: setOrganizationTrustAction,
    defaultValues: {},
    namespace: 'organizationProfile',
    id: 'trust',
  });
  return (
    <form
      {...formProps}
      aria-labelledby="trust-heading"
      className="no-print flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="trust-heading" className="text-base font-semibold text-slate-900">
        {t('trust.heading')}
      </h2>
      {summary}
      <p className="text-slate-800">{trusted ? t('trust.trusted') : t('trust.notTrusted')}</p>
      <p className="text-sm text-slate-700">{t('trust.hint')}</p>
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="trusted" value={trusted ? 'false' : 'true'} />
      <SubmitButton
        pending={pending}
        label={trusted ? t('trust.removeTrust') : t('trust.makeTrusted')}
        pendingLabel={t('trust.heading')}
        variant="secondary"
      />
    </form>
  );
}
