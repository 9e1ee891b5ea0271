import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { NewRecoveryCodesForm, TurnOffForm } from '@/components/second-factor/confirm-with-code-forms';
import { SecondFactorSetupForm } from '@/components/second-factor/setup-form';
import { PageContainer } from '@/components/site/site-shell';
import { FormAlert } from '@/components/ui/form-alert';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
import { dataOrRefusalPage } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import { getOwnSecondFactorSetup, getSecondFactorStatus } from '@/lib/second-factor/queries';
import { textParam, type SearchParams } from '@/lib/site/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('secondFactor');
  return { title: t('title') };
}

const returnTo = '/account/second-factor';

export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await getViewer();
  const status = dataOrRefusalPage(await getSecondFactorStatus(viewer), returnTo);
  const [t, format, params] = await Promise.all([getTranslations('secondFactor'), getFormatter(), searchParams]);
  const saved = textParam.parse(params.saved);
  const setup = status.on ? null : dataOrRefusalPage(await getOwnSecondFactorSetup(viewer), returnTo);
  return (
    <ClientMessages namespaces={['secondFactor']}>
      <PageContainer className="max-w-3xl">
        <PageHeader title={t('title')} intro={t('intro')} />
        <p className="mt-4">
          <TextLink href="/account">{t('back')}</TextLink>
        </p>
        {saved === 'on' || saved === 'off' ? (
          <div className="mt-6">
            <FormAlert tone="success">
              {t(saved === 'on' ? 'results.secondFactorOn' : 'results.secondFactorOff')}
            </FormAlert>
          </div>
        ) : null}
        {status.waived ? (
          <p className="mt-6 max-w-prose rounded-md bg-amber-50 p-4 text-amber-950">{t('waived')}</p>
        ) : null}
        <p className="mt-6 font-semibold text-slate-900">
          {status.on && status.since
            ? t('statusOn', { date: format.dateTime(status.since, { dateStyle: 'long' }) })
            : t('statusOff')}
        </p>
        {status.on ? (
          <>
            <p className="mt-2 text-slate-700">{t('codesLeft', { count: status.recoveryCodesLeft })}</p>
            <Section id="new-codes" title={t('newCodesTitle')}>
              <NewRecoveryCodesForm />
            </Section>
            {status.required ? (
              <p className="mt-12 max-w-prose text-slate-700">{t('required')}</p>
            ) : (
              <Section id="turn-off" title={t('turnOffTitle')}>
                <TurnOffForm />
              </Section>
            )}
          </>
        ) : setup ? (
          <div className="mt-8">
            <p className="mb-8 max-w-prose text-slate-700">{t('setupIntro')}</p>
            <SecondFactorSetupForm view={setup} />
          </div>
        ) : null}
      </PageContainer>
    </ClientMessages>
  );
}
