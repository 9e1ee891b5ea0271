import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PublicationPreview } from '@/components/publications/publication-preview';
import { dataOrRefusalPage, requireViewer } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import { getPublicationPreview } from '@/lib/library/queries';
import { absoluteUrl } from '@/lib/site/settings';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getPublicationPreview(await getViewer(), (await params).id);
  const t = await getTranslations('publications');
  return { title: result.ok ? t('preview.metaTitle', { title: result.data.title }) : t('submissions.metaTitle') };
}

/** A resource the member shared, as readers will see it. */
export default async function SubmissionPreviewPage({ params }: Props) {
  const { id } = await params;
  const workspace = `/account/submissions/${encodeURIComponent(id)}`;
  const viewer = await requireViewer(`${workspace}/preview`);
  const publication = dataOrRefusalPage(await getPublicationPreview(viewer, id), `${workspace}/preview`);
  // Only the author's own resources live here; staff preview others' in /manage.
  if (!publication.isAuthor) notFound();
  return (
    <ClientMessages namespaces={['library']}>
      <PublicationPreview
        publication={publication}
        status={publication.status}
        back={workspace}
        url={absoluteUrl(`/library/${publication.slug}`)}
      />
    </ClientMessages>
  );
}
