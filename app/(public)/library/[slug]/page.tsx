import type { Metadata } from 'next';
import { permanentRedirect, unauthorized } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PublicationArticle } from '@/components/library/publication-article';
import { PublicationList } from '@/components/library/publication-list';
import { PageContainer } from '@/components/site/site-shell';
import { Section } from '@/components/ui/section';
import { BackLink } from '@/components/ui/text-link';
import { dataOrRefusalPage } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import { findMovedPublication, getPublication, listRelatedPublications } from '@/lib/library/queries';
import { rememberVisitorRecordPage } from '@/lib/site/page-cache';
import { absoluteUrl } from '@/lib/site/settings';
import { excerpt } from '@/lib/site/text';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getPublication(await getViewer(), (await params).slug);
  // A refused publication keeps its title to itself: the 401 or 404 page names the page.
  if (!result.ok) return {};
  const publication = result.data;
  return {
    title: publication.title,
    description: excerpt(publication.summary || publication.body, 160),
    authors: publication.authors.map((name) => ({ name })),
  };
}

export default async function PublicationPage({ params }: Props) {
  const { slug } = await params;
  const viewer = await getViewer();
  const result = await getPublication(viewer, slug);
  // An address from before the title changed leads to today's (308), so old links keep working.
  if (!result.ok && result.status === 404) {
    const moved = await findMovedPublication(viewer, slug);
    if (moved) permanentRedirect(`/library/${moved}`);
  }
  // A visitor following a link to a members-only publication is offered to sign in on a 401 page,
  // not sent to the form as dataOrRefusalPage would: they may well not be a member.
  if (!result.ok && result.status === 401) unauthorized();
  const publication = dataOrRefusalPage(result, `/library/${slug}`);
  if (!viewer) rememberVisitorRecordPage(`/library/${slug}`);
  const [t, related] = await Promise.all([getTranslations(), listRelatedPublications(viewer, publication)]);
  const url = absoluteUrl(`/library/${publication.slug}`);

  return (
    <ClientMessages namespaces={['library']}>
      <PageContainer>
        <BackLink href="/library">{t('library.article.back')}</BackLink>

        <PublicationArticle publication={publication} url={url} />
        {related.length > 0 ? (
          <Section id="related" title={t('library.article.related')} className="no-print mt-14 max-w-3xl">
            <PublicationList publications={related} />
          </Section>
        ) : null}
      </PageContainer>
    </ClientMessages>
  );
}
