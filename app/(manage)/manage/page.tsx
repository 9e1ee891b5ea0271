import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { can } from '@/lib/auth/policy';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('applications.staffHome');
  return { title: t('metaTitle') };
}

/** The staff home: the staff pages this viewer may open. */
export default async function ManagePage() {
  const viewer = await requirePermission('/manage', 'manage:enter', {});
  const t = await getTranslations('applications.staffHome');
  const messages = await getTranslations('contactMessages.staffHome');
  const campaigns = await getTranslations('manageCampaigns.staffHomeEntry');
  const events = await getTranslations('events.staffHomeEntry');
  const monitoring = await getTranslations('monitoring.staffHomeEntry');
  const invite = await getTranslations('teams.staffHomeEntry');
  const directoryCsv = await getTranslations('directoryCsv.staffHomeEntry');
  const pages = [
    {
      href: '/manage/applications',
      title: t('applications'),
      text: t('applicationsText'),
      open: can(viewer, 'application:list', {}),
    },
    {
      href: '/manage/publications',
      title: t('publications'),
      text: t('publicationsText'),
      open: can(viewer, 'publication:manage', {}),
    },
    {
      href: '/manage/campaigns',
      title: campaigns('title'),
      text: campaigns('text'),
      open: can(viewer, 'campaign:manage', {}),
    },
    {
      href: '/manage/events',
      title: events('title'),
      text: events('text'),
      open: can(viewer, 'event:manage', {}),
    },
    {
      href: '/manage/monitoring',
      title: monitoring('title'),
      text: monitoring('text'),
      open: can(viewer, 'monitoring:manage', {}),
    },
    { href: '/manage/review', title: t('review'), text: t('reviewText'), open: can(viewer, 'publication:manage', {}) },
    { href: '/manage/people', title: t('people'), text: t('peopleText'), open: can(viewer, 'member:list', {}) },
    // Any staff member invites to the organisations of their regions.
    { href: '/manage/people/invite', title: invite('title'), text: invite('text'), open: true },
    {
      href: '/manage/directory',
      title: directoryCsv('title'),
      text: directoryCsv('text'),
      open: can(viewer, 'directory:import', {}),
    },
    { href: '/manage/themes', title: t('themes'), text: t('themesText'), open: can(viewer, 'theme:manage', {}) },
    {
      href: '/manage/messages',
      title: messages('title'),
      text: messages('text'),
      open: can(viewer, 'message:handle', {}),
    },
    { href: '/manage/audit', title: t('audit'), text: t('auditText'), open: can(viewer, 'audit:read', {}) },
  ].filter((page) => page.open);
  return (
    <PageContainer>
      <PageHeader title={t('title')} intro={t('intro')} />
      <ul className="mt-8 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
        {pages.map((page) => (
          <li key={page.href}>
            <article className="h-full rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <h2 className="text-lg font-semibold">
                <Link
                  href={page.href}
                  className="text-brand-900 decoration-brand-800/30 hover:decoration-brand-900 underline"
                >
                  {page.title}
                </Link>
              </h2>
              <p className="mt-2 text-slate-700">{page.text}</p>
            </article>
          </li>
        ))}
      </ul>
    </PageContainer>
  );
}
