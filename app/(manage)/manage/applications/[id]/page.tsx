import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ApproveApplicationForm } from './_components/approve-application-form';
import { RejectApplicationForm } from './_components/reject-application-form';
import { PageContainer } from '@/components/site/site-shell';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Facts } from '@/components/ui/facts';
import { FormAlert } from '@/components/ui/form-alert';
import { PageHeader } from '@/components/ui/page-header';
import { TagList } from '@/components/ui/tag-list';
import { BackLink, TextLink, textLinkClasses } from '@/components/ui/text-link';
import { dataOrRefusalPage, requirePermission } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import type { ApplicationStatus } from '@/lib/generated/prisma/enums';
import { getApplication } from '@/lib/applications/queries';
import { textParam, type SearchParams } from '@/lib/site/search-params';
import { displayUrl, safeHttpUrl } from '@/lib/site/text';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/** What a review's redirect may announce, and whether it is good news. */
const outcomes = {
  approved: 'success',
  approvedLinked: 'success',
  rejected: 'success',
} as const;

const statusTones: Record<ApplicationStatus, BadgeTone> = {
  PENDING: 'warning',
  APPROVED: 'success',
  REJECTED: 'muted',
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getApplication(await getViewer(), (await params).id);
  return result.ok ? { title: result.data.organizationName } : {};
}

/** One application with everything submitted, and the review forms while it waits for review. */
export default async function ApplicationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const returnTo = `/manage/applications/${encodeURIComponent(id)}`;
  const viewer = await requirePermission(returnTo, 'application:list', {});
  const application = dataOrRefusalPage(await getApplication(viewer, id), returnTo);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const outcomeKey = textParam.parse((await searchParams).outcome);
  const outcome = outcomeKey && outcomeKey in outcomes ? (outcomeKey as keyof typeof outcomes) : null;
  const website = safeHttpUrl(application.website);
  const separator = t('common.listSeparator');
  const date = (value: Date) => (
    <time dateTime={value.toISOString()}>{format.dateTime(value, { dateStyle: 'long', timeStyle: 'short' })}</time>
  );
  const paragraphs = (text: string) =>
    text
      .split(/\n\s*\n/)
      .filter((paragraph) => paragraph.trim())
      .map((paragraph, index) => (
        <p key={index} className="whitespace-pre-line">
          {paragraph}
        </p>
      ));

  return (
    <ClientMessages namespaces={['applications']}>
      <PageContainer>
        <BackLink href="/manage/applications">{t('applications.back')}</BackLink>
        {outcome ? (
          <div className="mb-6">
            <FormAlert tone={outcomes[outcome]}>{t(`applications.outcomes.${outcome}`)}</FormAlert>
          </div>
        ) : null}
        <PageHeader
          title={application.organizationName}
          eyebrow={
            <span className="flex flex-wrap gap-2">
              <Badge tone={statusTones[application.status]}>{t(`applications.status.${application.status}`)}</Badge>
              <Badge tone="brand">{t(`common.organizationType.${application.organizationType}`)}</Badge>
            </span>
          }
          intro={t('applications.detail.applied', {
            date: format.dateTime(application.createdAt, { dateStyle: 'long' }),
          })}
        />

        <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div className="flex flex-col gap-10">
            <section aria-labelledby="organization-heading">
              <h2 id="organization-heading" className="mb-4 text-2xl font-bold tracking-tight text-slate-900">
                {t('applications.detail.organization')}
              </h2>
              <Facts
                facts={[
                  {
                    key: 'type',
                    term: t('applications.detail.type'),
                    details: t(`common.organizationType.${application.organizationType}`),
                  },
                  {
                    key: 'category',
                    term: t('applications.detail.category'),
                    details: t(`common.membershipCategory.${application.category}`),
                  },
                  {
                    key: 'description',
                    term: t('applications.detail.description'),
                    details: <div className="max-w-prose space-y-3">{paragraphs(application.description)}</div>,
                  },
                  {
                    key: 'website',
                    term: t('applications.detail.website'),
                    details: website ? (
                      <a href={website} className={`${textLinkClasses} break-all`} rel="noopener noreferrer nofollow">
                        {displayUrl(website)}
                      </a>
                    ) : null,
                  },
                  {
                    key: 'publicEmail',
                    term: t('applications.detail.publicEmail'),
                    details: application.publicEmail
                      ? t('applications.detail.publicEmailShownTo', {
                          email: application.publicEmail,
                          visibility: application.publicEmailVisibility,
                        })
                      : t('applications.detail.noPublicEmail'),
                  },
                  {
                    key: 'regions',
                    term: t('applications.detail.regions'),
                    details: application.regions.map((region) => region.name).join(separator),
                  },
                  {
                    key: 'countries',
                    term: t('applications.detail.countries'),
                    details: application.countries.map((country) => country.name).join(separator),
                  },
                  {
                    key: 'themes',
                    term: t('applications.detail.themes'),
                    details:
                      application.themes.length > 0 ? (
                        <TagList tags={application.themes.map((theme) => ({ label: theme.label }))} />
                      ) : null,
                  },
                ]}
              />
            </section>

            <section aria-labelledby="contact-heading">
              <h2 id="contact-heading" className="mb-4 text-2xl font-bold tracking-tight text-slate-900">
                {t('applications.detail.contact')}
              </h2>
              <Facts
                facts={[
                  { key: 'name', term: t('applications.detail.name'), details: application.contactName },
                  {
                    key: 'email',
                    term: t('applications.detail.email'),
                    details: (
                      <a href={`mailto:${application.contactEmail}`} className={`${textLinkClasses} break-all`}>
                        {application.contactEmail}
                      </a>
                    ),
                  },
                  { key: 'role', term: t('applications.detail.role'), details: application.contactRole },
                  {
                    key: 'message',
                    term: t('applications.detail.message'),
                    details: application.message ? (
                      <div className="max-w-prose space-y-3">{paragraphs(application.message)}</div>
                    ) : null,
                  },
                ]}
              />
            </section>
          </div>

          <section
            aria-labelledby="review-heading"
            className="self-start rounded-lg border border-slate-200 bg-slate-50 p-5"
          >
            <h2 id="review-heading" className="mb-4 text-2xl font-bold tracking-tight text-slate-900">
              {t('applications.detail.review')}
            </h2>
            {application.status === 'PENDING' ? (
              <div className="flex flex-col gap-8">
                <ApproveApplicationForm
                  id={application.id}
                  contactName={application.contactName}
                  contactEmail={application.contactEmail}
                />
                <hr className="border-slate-300" />
                <RejectApplicationForm id={application.id} />
              </div>
            ) : (
              <Facts
                facts={[
                  {
                    key: 'status',
                    term: t('applications.detail.status'),
                    details: t(`applications.status.${application.status}`),
                  },
                  {
                    key: 'reviewedBy',
                    term: t('applications.detail.reviewedBy'),
                    details: application.reviewedBy?.name ?? t('applications.detail.someone'),
                  },
                  {
                    key: 'reviewedAt',
                    term: t('applications.detail.reviewedAt'),
                    details: application.reviewedAt ? date(application.reviewedAt) : null,
                  },
                  {
                    key: 'reviewNote',
                    term: t('applications.detail.reviewNote'),
                    details: application.reviewNote ? (
                      <div className="max-w-prose space-y-3">{paragraphs(application.reviewNote)}</div>
                    ) : null,
                  },
                  {
                    key: 'organization',
                    term: t('applications.detail.createdOrganization'),
                    details: application.organization ? (
                      <TextLink href={`/directory/${application.organization.slug}`}>
                        {application.organization.name}
                      </TextLink>
                    ) : null,
                  },
                ]}
              />
            )}
          </section>
        </div>
      </PageContainer>
    </ClientMessages>
  );
}
