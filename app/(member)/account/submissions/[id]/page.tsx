import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { fileAnswerOf, outcomeOf, PublicationWorkspace } from '@/components/publications/publication-workspace';
import { dataOrRefusalPage, requireViewer } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { getPublicationForEditing, getPublicationFormOptions } from '@/lib/publications/queries';
import { firstValue, type SearchParams } from '@/lib/site/search-params';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getPublicationForEditing(await getViewer(), (await params).id);
  const t = await getTranslations('publications.submissions');
  return { title: result.ok ? result.data.values.title : t('metaTitle') };
}

/** One resource the member shared: its state and history, the steps open to them, and its content. */
export default async function SubmissionPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const returnTo = `/account/submissions/${encodeURIComponent(id)}`;
  const viewer = await requireViewer(returnTo);
  const [result, options, t] = await Promise.all([
    getPublicationForEditing(viewer, id),
    getPublicationFormOptions(),
    getTranslations('publications.submissions'),
  ]);
  const publication = dataOrRefusalPage(result, returnTo);
  // Only the author's own resources live here; staff work on others' in /manage.
  if (!publication.isAuthor) notFound();
  return (
    <PublicationWorkspace
      publication={publication}
      options={options}
      outcome={outcomeOf(firstValue(query.outcome))}
      fileAnswer={fileAnswerOf(firstValue(query.fileError), firstValue(query.fileSection))}
      uploadMaxMegabytes={env.UPLOAD_MAX_MB}
      previewHref={`${returnTo}/preview`}
      back={{ href: '/account/submissions', label: t('back') }}
      forAuthor
    />
  );
}
