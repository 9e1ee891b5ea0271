import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SignatureList } from '@/components/campaigns/signature-list';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { PagedList } from '@/components/ui/paged-list';
import { BackLink } from '@/components/ui/text-link';
import { dataOrRefusalPage } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import { listPublicSigners } from '@/lib/campaigns/queries';
import { pageParam, hrefWith, type SearchParams } from '@/lib/site/search-params';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await listPublicSigners(await getViewer(), (await params).slug, 1);
  if (!result.ok) return {};
  const t = await getTranslations('campaigns.signers');
  // Names of people: not for search engines, whatever they agreed to show here.
  return { title: t('metaTitle', { title: result.data.campaign.title }), robots: { index: false } };
}

/** Everyone who signed a campaign and chose to be shown, newest first, 100 a page. */
export default async function CampaignSignersPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const page = pageParam.parse(query.page);
  const here = `/campaigns/${slug}/signers`;
  const result = await listPublicSigners(await getViewer(), slug, page);
  const { campaign, signers } = dataOrRefusalPage(result, here);
  const t = await getTranslations('campaigns.signers');
  const hrefFor = (number: number) => hrefWith(`/campaigns/${campaign.slug}/signers`, { page: number });
  return (
    <PageContainer className="max-w-3xl">
      <BackLink href={`/campaigns/${campaign.slug}`}>{t('back')}</BackLink>
      <PageHeader title={t('title')} intro={t('intro', { title: campaign.title })} />
      <p className="mt-6 mb-4 font-semibold text-slate-900">{t('count', { count: signers.total })}</p>
      <PagedList list={signers} hrefFor={hrefFor} empty={t('empty')}>
        {(items) => <SignatureList signatures={items} />}
      </PagedList>
    </PageContainer>
  );
}
