import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AccessForm } from './_components/access-form';
import { EndSessionsForm } from './_components/end-sessions-form';
import { ResetSecondFactorForm } from './_components/reset-second-factor-form';
import { MemberStatusBadge } from '@/components/people/member-status-badge';
import { RoleForm } from './_components/role-form';
import { PageContainer } from '@/components/site/site-shell';
import { Facts } from '@/components/ui/facts';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
import { dataOrRefusalPage, requirePermission } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import { getPerson } from '@/lib/people/queries';
import { listRegionOptions } from '@/lib/regions/queries';
import { hrefWith } from '@/lib/site/search-params';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, result] = await Promise.all([getTranslations('people'), getPerson(await getViewer(), id)]);
  return { title: result.ok ? result.data.name : t('metaTitle') };
}

export default async function PersonPage({ params }: Props) {
  const { id } = await params;
  const returnTo = `/manage/people/${encodeURIComponent(id)}`;
  const viewer = await requirePermission(returnTo, 'member:list', {});
  const person = dataOrRefusalPage(await getPerson(viewer, id), returnTo);
  const [t, format, regionOptions] = await Promise.all([
    getTranslations('people'),
    getFormatter(),
    listRegionOptions(),
  ]);
  const when = (date: Date | null) =>
    date ? (
      <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: 'long', timeStyle: 'short' })}</time>
    ) : (
      t('detail.never')
    );

  return (
    <ClientMessages namespaces={['people']}>
      <PageContainer className="max-w-3xl">
        <p className="mb-4 text-sm">
          <TextLink href="/manage/people">
            <span aria-hidden="true">←&nbsp;</span>
            {t('detail.back')}
          </TextLink>
        </p>
        <PageHeader title={person.name} eyebrow={t('detail.eyebrow')} />

        <Section id="details" title={t('detail.details')} className="mt-8">
          <Facts
            layout="columns"
            facts={[
              { key: 'email', term: t('detail.email'), details: <span className="break-all">{person.email}</span> },
              { key: 'role', term: t('detail.role'), details: t(`roles.${person.role}`) },
              { key: 'status', term: t('detail.status'), details: <MemberStatusBadge status={person.status} /> },
              {
                key: 'organization',
                term: t('detail.organization'),
                details: person.organization ? (
                  <TextLink href={`/directory/${person.organization.slug}`}>{person.organization.name}</TextLink>
                ) : (
                  t('detail.noOrganization')
                ),
              },
              {
                key: 'regions',
                term: t('detail.regions'),
                details:
                  person.role !== 'COORDINATOR'
                    ? null
                    : person.coordinatorRegions.length > 0
                      ? person.coordinatorRegions.map((region) => region.name).join(', ')
                      : t('detail.allRegions'),
              },
              { key: 'createdAt', term: t('detail.createdAt'), details: when(person.createdAt) },
              { key: 'lastSignIn', term: t('detail.lastSignIn'), details: when(person.lastSignInAt) },
            ]}
          />
          <p className="mt-6 text-sm">
            <TextLink href={hrefWith('/manage/audit', { subjectType: 'Member', subjectId: person.id })}>
              {t('detail.history')}
            </TextLink>
          </p>
        </Section>

        {person.canManage ? (
          <>
            <Section id="role" title={t('roleForm.heading')} className="mt-10">
              <p className="mb-4 text-slate-700">{t('roleForm.intro')}</p>
              <RoleForm
                memberId={person.id}
                role={person.role}
                regions={person.coordinatorRegions.map((region) => region.slug)}
                regionOptions={regionOptions}
              />
            </Section>
            <Section id="access" title={t('accessForm.heading')} className="mt-10">
              <AccessForm memberId={person.id} name={person.name} status={person.status} />
            </Section>
            <Section id="sessions" title={t('sessionsForm.heading')} className="mt-10">
              <EndSessionsForm memberId={person.id} name={person.name} />
            </Section>
            <Section id="second-factor" title={t('secondFactorForm.heading')} className="mt-10">
              <p className="mb-4 text-slate-700">
                {person.totpEnabledAt
                  ? t('secondFactorForm.on', { date: format.dateTime(person.totpEnabledAt, { dateStyle: 'long' }) })
                  : t('secondFactorForm.off')}
              </p>
              {/* Kept when it is off too, so the answer of a reset stays on the page. */}
              <ResetSecondFactorForm memberId={person.id} name={person.name} on={person.totpEnabledAt !== null} />
            </Section>
          </>
        ) : (
          <p className="mt-10 rounded-md border border-slate-200 bg-slate-50 p-4 text-slate-800">
            {t('detail.ownRecord')}
          </p>
        )}
      </PageContainer>
    </ClientMessages>
  );
}
