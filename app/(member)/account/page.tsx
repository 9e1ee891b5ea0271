import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { PageContainer } from '@/components/site/site-shell';
import { ButtonLink } from '@/components/ui/button-link';
import { Facts } from '@/components/ui/facts';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
import { getOwnAccount, listOwnSessions, type OwnSession } from '@/lib/accounts/queries';
import { getCurrentSessionId, getViewer } from '@/lib/auth/viewer';
import { getSecondFactorStatus } from '@/lib/second-factor/queries';
import { textParam, type SearchParams } from '@/lib/site/search-params';
import { EmailForm } from './_components/email-form';
import { NameForm } from './_components/name-form';
import { PasswordForm } from './_components/password-form';
import { SessionsForm, type SessionRow } from './_components/sessions-form';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account');
  return { title: t('title') };
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await getViewer();
  const account = await getOwnAccount(viewer);
  if (!account) redirect('/sign-in?callbackUrl=/account');
  const [t, tSecondFactor, format, params, sessions, secondFactor] = await Promise.all([
    getTranslations('account'),
    getTranslations('secondFactor'),
    getFormatter(),
    searchParams,
    listOwnSessions(viewer, await getCurrentSessionId()),
    getSecondFactorStatus(viewer),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  const sessionRow = (session: OwnSession): SessionRow => {
    const { browser, os, kind } = session.device;
    const device = browser && os ? t('sessionsSection.device', { browser, os }) : (browser ?? os);
    return {
      id: session.id,
      current: session.current,
      device: device ? `${device} (${t(`sessionsSection.kinds.${kind}`)})` : t('sessionsSection.unknownDevice'),
      signedInAt: when(session.createdAt),
      lastSeenAt: when(session.lastSeenAt),
      address: session.ip ?? t('sessionsSection.unknownAddress'),
    };
  };
  const sessionRows = sessions.ok ? sessions.data.map(sessionRow) : [];
  return (
    <ClientMessages namespaces={['account']}>
      <PageContainer className="max-w-3xl">
        <PageHeader title={t('title')} intro={t('intro', { name: account.name })} />
        <div className="mt-8">
          <h2 className="sr-only">{t('overview')}</h2>
          <Facts
            layout="columns"
            facts={[
              { key: 'name', term: t('name'), details: account.name },
              { key: 'email', term: t('email'), details: account.email },
              { key: 'role', term: t('role'), details: t(`roles.${account.role}`) },
              {
                key: 'organization',
                term: t('organization'),
                details: account.organization ? (
                  <TextLink href={`/directory/${account.organization.slug}`}>{account.organization.name}</TextLink>
                ) : (
                  t('noOrganization')
                ),
              },
              {
                key: 'regions',
                term: t('regions'),
                details:
                  account.coordinatorRegions.length > 0
                    ? account.coordinatorRegions.map((region) => region.name).join(', ')
                    : null,
              },
              {
                key: 'lastSignIn',
                term: t('lastSignIn'),
                details: account.lastSignInAt
                  ? format.dateTime(account.lastSignInAt, { dateStyle: 'long', timeStyle: 'short' })
                  : null,
              },
            ]}
          />
        </div>

        {account.organization ? (
          <Section id="organization" title={t('organizationSection.title')}>
            <p className="max-w-prose text-slate-700">
              {t('organizationSection.text', { name: account.organization.name })}
            </p>
            <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
              <ButtonLink href="/account/organization">{t('organizationSection.edit')}</ButtonLink>
              <TextLink href={`/directory/${account.organization.slug}`}>{t('organizationSection.view')}</TextLink>
            </div>
          </Section>
        ) : null}

        <Section id="sharing" title={t('sharingSection.title')}>
          <p className="max-w-prose text-slate-700">{t('sharingSection.text')}</p>
          <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
            <ButtonLink href="/account/submissions/new">{t('sharingSection.share')}</ButtonLink>
            <TextLink href="/account/submissions">{t('sharingSection.list')}</TextLink>
          </div>
        </Section>

        <Section id="name" title={t('nameForm.title')}>
          <NameForm name={account.name} />
        </Section>

        <Section id="email" title={t('emailForm.title')}>
          <EmailForm email={account.email} />
        </Section>

        <Section id="password" title={t('passwordForm.title')}>
          <p className="mb-4 max-w-prose text-slate-700">{t('passwordForm.intro')}</p>
          <PasswordForm email={account.email} saved={textParam.parse(params.saved) === 'password'} />
        </Section>

        {secondFactor.ok ? (
          <Section id="second-factor" title={tSecondFactor('title')}>
            <p className="max-w-prose text-slate-700">
              {secondFactor.data.on && secondFactor.data.since
                ? tSecondFactor('statusOn', { date: format.dateTime(secondFactor.data.since, { dateStyle: 'long' }) })
                : tSecondFactor('statusOff')}{' '}
              {secondFactor.data.on ? tSecondFactor('codesLeft', { count: secondFactor.data.recoveryCodesLeft }) : null}
            </p>
            <div className="mt-4">
              <ButtonLink href="/account/second-factor" variant="secondary">
                {secondFactor.data.on ? tSecondFactor('manage') : tSecondFactor('setUp')}
              </ButtonLink>
            </div>
          </Section>
        ) : null}

        <Section id="sessions" title={t('sessionsSection.title')}>
          <p className="mb-4 max-w-prose text-slate-700">{t('sessionsSection.intro')}</p>
          <SessionsForm sessions={sessionRows} />
        </Section>
      </PageContainer>
    </ClientMessages>
  );
}
