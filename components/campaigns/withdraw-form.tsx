'use client';

// The second step of withdrawing a signature: one button (works without JavaScript). The link in
// the mail only led here, so a mail program that opens links withdraws nothing.
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { withdrawSignatureAction } from '@/lib/campaigns/actions';

export function WithdrawForm({ slug, token }: { slug: string; token: string }) {
  const t = useTranslations('campaigns.withdraw');
  const { formProps, summary, pending, state } = useActionForm({
    action: withdrawSignatureAction,
    defaultValues: {},
    namespace: 'campaigns',
    id: 'withdraw',
  });
  if (state?.ok) return <div>{summary}</div>;
  return (
    <form {...formProps} aria-label={t('metaTitle')} className="flex flex-col gap-4">
      {summary}
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={pending} label={t('button')} pendingLabel={t('sending')} />
    </form>
  );
}
