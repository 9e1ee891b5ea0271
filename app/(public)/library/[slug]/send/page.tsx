import type { Metadata } from 'next';
import { unauthorized } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SendToColleagueForm } from '@/components/library/send-to-colleague-form';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { BackLink } from '@/components/ui/text-link';
import { dataOrRefusalPage } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import { getPublication } from '@/lib/library/queries';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getPublication(await getViewer(), (await params).slug);
  if (!result.ok) return {};
  const t = await getTranslations('library.send');
  // Not for search engines: a form, not content.
  return { title: t('metaTitle', { title: result.data.title }), robots: { index: false } };
}

/** "Send to a colleague" for one publication the viewer may read. */
export default async function SendToColleaguePage({ params }: Props) {
  const { slug } = await params;
  const result = await getPublication(await getViewer(), slug);
  if (!result.ok && result.status === 401) unauthorized();
  const publication = dataOrRefusalPage(result, `/library/${slug}/send`);
  const t = await getTranslations('library.send');
  return (
    <ClientMessages namespaces={['library']}>
      <PageContainer>
        <BackLink href={`/library/${publication.slug}`}>{t('back')}</BackLink>
        <PageHeader title={t('title')} intro={t('intro', { title: publication.title })} />
        <div className="mt-8">
          <SendToColleagueForm slug={publication.slug} />
        </div>
      </PageContainer>
    </ClientMessages>
  );
}
