import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PageContainer } from '@/components/site/site-shell';
import { ButtonLink } from '@/components/ui/button-link';
import { FormAlert } from '@/components/ui/form-alert';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
import { refusalPage, requireViewer } from '@/lib/auth/guards';
import { firstValue, slugParam, type SearchParams } from '@/lib/site/search-params';
import { getTeam } from '@/lib/teams/queries';
import { RemoveColleagueButton, TeamAdminButton } from './_components/colleague-buttons';
import { IdentityForm } from './_components/identity-form';
import { InviteColleagueForm } from './_components/invite-colleague-form';

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('teams');
  return { title: t('metaTitle') };
}

const cell = 'px-3 py-3 align-top';

/**
 * An organisation's team: its admins run their own organisation's, staff of its regions any
 * organisation's, named by ?org=<slug> (lib/teams).
 */
export default async function TeamPage({ searchParams }: Props) {
  const params = await searchParams;
  const rawSlug = params.org;
  const slug = slugParam.parse(rawSlug);
  const returnTo = slug ? `/account/organization/team?org=${slug}` : '/account/organization/team';
  const viewer = await requireViewer(returnTo);
  if (rawSlug !== undefined && !slug) notFound();

  const t = await getTranslations('teams');
  const result = await getTeam(viewer, slug);
  if (!result.ok) {
    if (result.message !== 'noOrganization') refusalPage(result, returnTo);
    return (
      <PageContainer className="max-w-3xl">
        <PageHeader title={t('noOrganization.title')} intro={t('noOrganization.text')} />
        <div className="mt-8">
          <ButtonLink href="/directory">{t('noOrganization.directory')}</ButtonLink>
        </div>
      </PageContainer>
    );
  }

  const { organization, colleagues } = result.data;
  const own = viewer.organizationId === organization.id;
  const profileHref = own ? '/account/organization' : `/account/organization?org=${organization.slug}`;
  return (
    <ClientMessages namespaces={['teams', 'common']}>
      <PageContainer className="max-w-5xl">
        <PageHeader
          title={own ? t('title') : t('titleOther', { name: organization.name })}
          intro={t('intro', { name: organization.name })}
        >
          <p className="mt-4 text-sm">
            <TextLink href={profileHref}>{t('backToProfile')}</TextLink>
          </p>
        </PageHeader>

        <Section id="colleagues" title={t('list.heading')} className="mt-8">
          {firstValue(params.outcome) === 'removed' ? (
            <div className="mb-4">
              <FormAlert tone="success">{t('results.removedOne')}</FormAlert>
            </div>
          ) : null}
          <p className="mb-4 text-slate-700">{t('list.count', { count: colleagues.length })}</p>
          <div
            role="region"
            aria-labelledby="team-table-caption"
            tabIndex={0}
            className="overflow-x-auto rounded-lg border border-slate-200"
          >
            <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
              <caption id="team-table-caption" className="sr-only">
                {t('list.caption', { name: organization.name })}
              </caption>
              <thead className="bg-slate-50 text-slate-800">
                <tr>
                  <th scope="col" className={cell}>
                    {t('list.name')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('list.email')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('list.status')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('list.admin')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('list.actions')}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {colleagues.map((colleague) => (
                  <tr key={colleague.id}>
                    <th scope="row" className={`${cell} font-semibold`}>
                      {colleague.name} {colleague.id === viewer.id ? t('list.you') : null}
                    </th>
                    <td className={`${cell} break-words text-slate-800`}>{colleague.email}</td>
                    <td className={cell}>{t(`list.statuses.${colleague.status}`)}</td>
                    <td className={cell}>{colleague.organizationAdmin ? t('list.yes') : t('list.no')}</td>
                    <td className={`${cell} flex flex-col gap-3`}>
                      <TeamAdminButton organizationId={organization.id} colleague={colleague} />
                      <RemoveColleagueButton organizationId={organization.id} colleague={colleague} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Section>

        <Section id="invite" title={t('invite.heading')}>
          <p className="mb-4 max-w-prose text-slate-700">{t('invite.intro')}</p>
          <InviteColleagueForm organizationId={organization.id} />
        </Section>

        <Section id="identity" title={t('identity.heading')}>
          <p className="mb-4 max-w-prose text-slate-700">{t('identity.intro')}</p>
          <IdentityForm
            key={`${organization.name}-${organization.type}`}
            organizationId={organization.id}
            name={organization.name}
            type={organization.type}
          />
        </Section>
      </PageContainer>
    </ClientMessages>
  );
}
