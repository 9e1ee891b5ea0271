import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageContainer } from '@/components/site/site-shell';
import { FormAlert } from '@/components/ui/form-alert';
import { PageHeader } from '@/components/ui/page-header';
import { BackLink } from '@/components/ui/text-link';
import { firstValue, type SearchParams } from '@/lib/site/search-params';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

const outcomes = ['confirmed', 'held', 'expired', 'invalid', 'closed'] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('campaigns.confirmation');
  return { title: t('metaTitle'), robots: { index: false } };
}

/** Where a confirmation link leads: what became of the signature (lib/campaigns/signing.ts). */
export default async function SignaturePage({ params, searchParams }: Props) {
  const [{ slug }, query, t] = await Promise.all([params, searchParams, getTranslations('campaigns.confirmation')]);
  const outcome = outcomes.find((known) => known === firstValue(query.outcome)) ?? 'invalid';
  return (
    <PageContainer className="max-w-3xl">
      <BackLink href={`/campaigns/${encodeURIComponent(slug)}`}>{t('back')}</BackLink>
      <PageHeader title={t('metaTitle')} />
      <FormAlert tone={outcome === 'confirmed' || outcome === 'held' ? 'success' : 'error'}>{t(outcome)}</FormAlert>
    </PageContainer>
  );
}
