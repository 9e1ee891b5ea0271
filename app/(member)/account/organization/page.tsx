import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { OrganizationLogoForm } from '@/components/directory/organization-logo-form';
import { PageContainer } from '@/components/site/site-shell';
import { ButtonLink } from '@/components/ui/button-link';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
import { isStaff } from '@/lib/auth/policy';
import { refusalPage, requireViewer } from '@/lib/auth/guards';
import { acceptedLogoExtensions, logoBox } from '@/lib/directory/logos';
import { getOrganizationForEditing, getProfileFormOptions } from '@/lib/directory/queries';
import { env } from '@/lib/env';
import type { FormAnswer } from '@/lib/forms/action';
import { firstValue, slugParam, type SearchParams } from '@/lib/site/search-params';
import { OrganizationProfileForm } from './_components/organization-profile-form';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { searchParams: Promise<SearchParams> };

const logoErrors = ['fileMissing', 'fileType', 'fileTooLarge', 'fileUnreadable'] as const;

/** What a logo post without JavaScript led to (?outcome=logoChanged or ?logoError=…), for its form. */
function logoAnswerOf(params: SearchParams): FormAnswer | undefined {
  if (firstValue(params.outcome) === 'logoChanged') return { ok: true, message: 'logoChanged' };
  const error = logoErrors.find((key) => key === firstValue(params.logoError));
  return error ? { ok: false, status: 400, message: 'invalidInput', fieldErrors: { logo: [error] } } : undefined;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('organizationProfile');
  return { title: t('title') };
}

/**
 * A member edits their own organisation's profile; coordinators (of its regions) and admins any
 * organisation's, named by ?org=<slug>.
 */
export default async function OrganizationProfilePage({ searchParams }: Props) {
  const params = await searchParams;
  const rawSlug = params.org;
  const slug = slugParam.parse(rawSlug);
  const returnTo = slug ? `/account/organization?org=${slug}` : '/account/organization';
  const viewer = await requireViewer(returnTo);
  // An ?org= that cannot be a slug names no organisation.
  if (rawSlug !== undefined && !slug) notFound();

  const [t, tTeams] = await Promise.all([getTranslations('organizationProfile'), getTranslations('teams')]);
  const result = await getOrganizationForEditing(viewer, slug);
  if (!result.ok) {
    if (result.message !== 'noOrganization') refusalPage(result, returnTo);
    return (
      <PageContainer className="max-w-3xl">
        <PageHeader title={t('noOrganization.title')} intro={t('noOrganization.text')} />
        <p className="mt-6 max-w-prose text-slate-700">
          {isStaff(viewer) ? t('noOrganization.staffHint') : t('noOrganization.memberHint')}
        </p>
        <div className="mt-8 flex flex-wrap items-center gap-x-6 gap-y-3">
          <ButtonLink href="/directory">{t('noOrganization.directory')}</ButtonLink>
          <TextLink href="/account">{t('backToAccount')}</TextLink>
        </div>
      </PageContainer>
    );
  }

  const organization = result.data;
  const own = viewer.organizationId === organization.id;
  const choices = await getProfileFormOptions();
  return (
    <ClientMessages namespaces={['organizationProfile']}>
      <PageContainer className="max-w-4xl">
        <PageHeader
          title={own ? t('title') : t('titleOther', { name: organization.name })}
          intro={t('intro', { name: organization.name })}
        >
          <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
            <TextLink href={`/directory/${organization.slug}`}>{t('viewProfile')}</TextLink>
            {organization.mayRunTeam ? (
              <TextLink href={`/account/organization/team${own ? '' : `?org=${organization.slug}`}`}>
                {tTeams('teamLink')}
              </TextLink>
            ) : null}
            <TextLink href="/account">{t('backToAccount')}</TextLink>
          </p>
        </PageHeader>
        <Section id="logo" title={t('logo.heading')} className="mt-8">
          <p className="mb-4 max-w-prose text-slate-700">{t('logo.intro')}</p>
          <OrganizationLogoForm
            key={organization.id}
            organizationId={organization.id}
            organizationName={organization.name}
            logoUrl={organization.logoUrl}
            endpoint={`/api/organizations/${encodeURIComponent(organization.id)}/logo${slug ? `?org=${slug}` : ''}`}
            accept={acceptedLogoExtensions}
            maxMegabytes={env.LOGO_MAX_MB}
            box={logoBox}
            initialState={logoAnswerOf(params)}
          />
        </Section>
        <div className="mt-12">
          <OrganizationProfileForm key={organization.id} organization={organization} choices={choices} />
        </div>
      </PageContainer>
    </ClientMessages>
  );
}
