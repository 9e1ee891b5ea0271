import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { fileAnswerOf, outcomeOf, PublicationWorkspace } from '@/components/publications/publication-workspace';
import { dataOrRefusalPage, requirePermission } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { getPublicationForEditing, getPublicationFormOptions } from '@/lib/publications/queries';
import { firstValue, type SearchParams } from '@/lib/site/search-params';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getPublicationForEditing(await getViewer(), (await params).id);
  const t = await getTranslations('publications.editor');
  return { title: result.ok ? result.data.values.title : t('metaTitle') };
}

/** One publication for staff: its state, the steps they may take, its content and its history. */
export default async function ManagePublicationPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const returnTo = `/manage/publications/${encodeURIComponent(id)}`;
  const viewer = await requirePermission(returnTo, 'publication:manage', {});
  const [result, options, t] = await Promise.all([
    getPublicationForEditing(viewer, id),
    getPublicationFormOptions(),
    getTranslations('publications'),
  ]);
  const publication = dataOrRefusalPage(result, returnTo);
  return (
    <PublicationWorkspace
      publication={publication}
      options={options}
      outcome={outcomeOf(firstValue(query.outcome))}
      fileAnswer={fileAnswerOf(firstValue(query.fileError), firstValue(query.fileSection))}
      uploadMaxMegabytes={env.UPLOAD_MAX_MB}
      previewHref={`${returnTo}/preview`}
      back={{ href: '/manage/publications', label: t('editor.back') }}
    />
  );
}
