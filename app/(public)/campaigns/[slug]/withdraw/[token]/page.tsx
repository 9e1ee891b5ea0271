import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { WithdrawForm } from '@/components/campaigns/withdraw-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { BackLink } from '@/components/ui/text-link';
import { getWithdrawal } from '@/lib/campaigns/withdrawal';

type Props = { params: Promise<{ slug: string; token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('campaigns.withdraw');
  return { title: t('metaTitle'), robots: { index: false }, referrer: 'no-referrer' };
}

/** Where the withdrawal link of every signing mail leads: the question, and the one button. */
export default async function WithdrawPage({ params }: Props) {
  const { slug, token } = await params;
  const [result, t] = await Promise.all([getWithdrawal(slug, token), getTranslations('campaigns.withdraw')]);
  if (!result.ok) notFound();
  const { campaignTitle, withdrawn } = result.data;
  return (
    <PageContainer className="max-w-3xl">
      <BackLink href={`/campaigns/${encodeURIComponent(slug)}`}>{t('back')}</BackLink>
      <PageHeader title={t('metaTitle')} />
      {withdrawn ? (
        <p className="text-slate-800">{t('already')}</p>
      ) : (
        <div className="flex flex-col gap-5">
          <p className="text-slate-800">{t('question', { title: campaignTitle })}</p>
          <ClientMessages namespaces={['campaigns']}>
            <WithdrawForm slug={slug} token={token} />
          </ClientMessages>
        </div>
      )}
    </PageContainer>
  );
}
