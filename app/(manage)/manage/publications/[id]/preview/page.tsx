import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PublicationPreview } from '@/components/publications/publication-preview';
import { dataOrRefusalPage, requirePermission } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import { getPublicationPreview } from '@/lib/library/queries';
import { absoluteUrl } from '@/lib/site/settings';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getPublicationPreview(await getViewer(), (await params).id);
  const t = await getTranslations('publications');
  return { title: result.ok ? t('preview.metaTitle', { title: result.data.title }) : t('editor.metaTitle') };
}

/** A publication as readers will see it, for staff. */
export default async function ManagePublicationPreviewPage({ params }: Props) {
  const { id } = await params;
  const workspace = `/manage/publications/${encodeURIComponent(id)}`;
  const viewer = await requirePermission(`${workspace}/preview`, 'publication:manage', {});
  const publication = dataOrRefusalPage(await getPublicationPreview(viewer, id), `${workspace}/preview`);
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
