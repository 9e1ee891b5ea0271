import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { MembersOnlyNote } from '@/components/directory/members-only-note';
import { OrganizationTrustForm } from '@/components/directory/organization-trust-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ProfileFieldValue, showsProfileField } from '@/components/directory/profile-field-value';
import { PublicationList } from '@/components/library/publication-list';
import { PageContainer } from '@/components/site/site-shell';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Facts } from '@/components/ui/facts';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TagList } from '@/components/ui/tag-list';
import { ButtonLink } from '@/components/ui/button-link';
import { BackLink, TextLink } from '@/components/ui/text-link';
import { CampaignStatusBadge } from '@/components/campaigns/campaign-status-badge';
import { listOrganizationEndorsements } from '@/lib/campaigns/queries';
import { can } from '@/lib/auth/policy';
import { dataOrRefusalPage } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import { rememberVisitorRecordPage } from '@/lib/site/page-cache';
import { getOrganization } from '@/lib/directory/queries';
import { excerpt } from '@/lib/site/text';
import { kindOf, profileFieldNames } from '@/lib/directory/profile-fields';
import { OrganizationLogo } from '@/components/directory/organization-logo';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getOrganization(await getViewer(), (await params).slug);
  if (!result.ok) return {};
  const organization = result.data;
  return { title: organization.name, description: excerpt(organization.description, 160) };
}

export default async function OrganizationPage({ params }: Props) {
  const { slug } = await params;
  const viewer = await getViewer();
  const organization = dataOrRefusalPage(await getOrganization(viewer, slug), `/directory/${slug}`);
  if (!viewer) rememberVisitorRecordPage(`/directory/${organization.slug}`);
  const canEdit = can(viewer, 'organization:update', {
    id: organization.id,
    regionIds: organization.regions.map((region) => region.id),
  });
  const t = await getTranslations();
  const [about, ...moreTexts] = profileFieldNames.filter((field) => kindOf(field) === 'text');
  const factFields = profileFieldNames.filter((field) => kindOf(field) !== 'text');
  const [format, endorsements] = await Promise.all([
    getFormatter(),
    listOrganizationEndorsements(viewer, organization.id),
  ]);

  return (
    <PageContainer>
      <BackLink href="/directory">{t('directory.profile.back')}</BackLink>
      <PageHeader
        title={
          organization.logoUrl ? (
            <span className="flex items-center gap-4">
              <OrganizationLogo src={organization.logoUrl} size="profile" />
              <span className="min-w-0 break-words">{organization.name}</span>
            </span>
          ) : (
            organization.name
          )
        }
        eyebrow={
          <span className="flex flex-wrap gap-2">
            <Badge tone="brand">{t(`common.organizationType.${organization.type}`)}</Badge>
            {organization.status !== 'ACTIVE' ? (
              <Badge tone="warning">{t(`common.organizationStatus.${organization.status}`)}</Badge>
            ) : null}
          </span>
        }
      >
        {canEdit ? (
          <div className="no-print mt-4">
            <ButtonLink href={`/account/organization?org=${organization.slug}`} variant="secondary">
              {t('organizationProfile.directory.edit')}
            </ButtonLink>
          </div>
        ) : null}
      </PageHeader>
      {organization.trusted !== null ? (
        <div className="mt-6 max-w-xl">
          <ClientMessages namespaces={['organizationProfile']}>
            <OrganizationTrustForm organizationId={organization.id} trusted={organization.trusted} />
          </ClientMessages>
        </div>
      ) : null}
      {organization.hiddenFields.length > 0 ? (
        <div className="mt-6">
          <MembersOnlyNote
            signInHref={`/sign-in?callbackUrl=${encodeURIComponent(`/directory/${organization.slug}`)}`}
          />
        </div>
      ) : null}

      <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="about-heading">
          <h2 id="about-heading" className="text-2xl font-bold tracking-tight text-slate-900">
            {t('directory.profile.about')}
          </h2>
          <div className="mt-4">
            {about && showsProfileField(organization, about) ? (
              <ProfileFieldValue organization={organization} field={about} />
            ) : (
              <p className="text-slate-700">{t('directory.profile.noDescription')}</p>
            )}
          </div>
          {moreTexts
            .filter((field) => showsProfileField(organization, field))
            .map((field) => (
              <div key={field} className="mt-6">
                <h3 className="text-lg font-semibold text-slate-900">
                  {t(`organizationProfile.fields.${field}.label`)}
                </h3>
                <div className="mt-2">
                  <ProfileFieldValue organization={organization} field={field} />
                </div>
              </div>
            ))}
        </section>

        <section aria-labelledby="details-heading" className="rounded-lg border border-slate-200 bg-slate-50 p-5">
          <h2 id="details-heading" className="mb-4 text-lg font-semibold text-slate-900">
            {t('directory.profile.details')}
          </h2>
          <Facts
            facts={[
              {
                key: 'type',
                term: t('directory.profile.type'),
                details: t(`common.organizationType.${organization.type}`),
              },
              {
                key: 'category',
                term: t('directory.profile.category'),
                details: t(`common.membershipCategory.${organization.category}`),
              },
              ...factFields.map((field) => ({
                key: field,
                term: t(`organizationProfile.fields.${field}.label`),
                details: showsProfileField(organization, field) ? (
                  <ProfileFieldValue organization={organization} field={field} />
                ) : null,
              })),
              {
                key: 'regions',
                term: t('directory.profile.regions'),
                details:
                  organization.regions.length > 0 ? (
                    <TagList
                      tags={organization.regions.map((region) => ({
                        label: region.name,
                        href: `/regions/${region.slug}`,
                      }))}
                    />
                  ) : null,
              },
              {
                key: 'joined',
                term: t('directory.profile.joined'),
                details: organization.joinedAt ? (
                  <time dateTime={organization.joinedAt.toISOString()}>
                    {format.dateTime(organization.joinedAt, { dateStyle: 'long' })}
                  </time>
                ) : null,
              },
            ]}
          />
        </section>
      </div>

      <Section id="publications" title={t('directory.profile.publications')}>
        {organization.publications.length > 0 ? (
          <PublicationList publications={organization.publications} />
        ) : (
          <EmptyState>{t('directory.profile.noPublications')}</EmptyState>
        )}
      </Section>

      {endorsements.length > 0 ? (
        <Section id="endorsements" title={t('campaigns.organizationEndorsements.heading')}>
          <ul className="divide-y divide-slate-200 border-y border-slate-200">
            {endorsements.map((endorsement) => (
              <li key={endorsement.campaign.slug} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-3">
                <TextLink href={`/campaigns/${endorsement.campaign.slug}`} className="font-semibold">
                  {endorsement.campaign.title}
                </TextLink>
                <span className="text-sm text-slate-700">
                  {t(`campaigns.tier.${endorsement.tier}`)}
                  {endorsement.isLead ? ` · ${t('campaigns.detail.lead')}` : ''}
                </span>
                <CampaignStatusBadge status={endorsement.campaign.status} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </PageContainer>
  );
}
