import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PublicationForm } from '@/components/publications/publication-form';
import { useLanguageOptions } from '@/components/publications/publication-workspace';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { BackLink } from '@/components/ui/text-link';
import { requirePermission } from '@/lib/auth/guards';
import { getPublicationFormOptions, type PublicationFormOptions } from '@/lib/publications/queries';
import { emptyPublication } from '@/lib/publications/schemas';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('publications.submissions');
  return { title: t('newMetaTitle') };
}

/** A member shares a resource: saved as a draft, then sent for review on its page. */
export default async function NewSubmissionPage() {
  await requirePermission('/account/submissions/new', 'publication:share', {});
  const [t, options] = await Promise.all([getTranslations('publications.submissions'), getPublicationFormOptions()]);
  return (
    <ClientMessages namespaces={['publications', 'common']}>
      <PageContainer className="max-w-4xl">
        <BackLink href="/account/submissions">{t('back')}</BackLink>
        <PageHeader title={t('newTitle')} intro={t('newIntro')} />
        <div className="mt-8">
          <NewSubmissionForm options={options} />
        </div>
      </PageContainer>
    </ClientMessages>
  );
}

function NewSubmissionForm({ options }: { options: PublicationFormOptions }) {
  return <PublicationForm values={emptyPublication} options={options} languages={useLanguageOptions()} />;
}
