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
  const t = await getTranslations('publications.editor');
  return { title: t('newMetaTitle') };
}

/** Staff write a publication: saved as a draft, then published (or sent for review) on its page. */
export default async function NewPublicationPage() {
  await requirePermission('/manage/publications/new', 'publication:manage', {});
  const [t, options] = await Promise.all([getTranslations('publications'), getPublicationFormOptions()]);
  return (
    <ClientMessages namespaces={['publications', 'common']}>
      <PageContainer className="max-w-4xl">
        <BackLink href="/manage/publications">{t('editor.back')}</BackLink>
        <PageHeader title={t('editor.newTitle')} intro={t('editor.newIntro')} />
        <div className="mt-8">
          <NewPublicationForm options={options} />
        </div>
      </PageContainer>
    </ClientMessages>
  );
}

function NewPublicationForm({ options }: { options: PublicationFormOptions }) {
  return <PublicationForm values={emptyPublication} options={options} languages={useLanguageOptions()} />;
}
