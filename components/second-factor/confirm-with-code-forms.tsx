'use client';

// On /account/second-factor, once it is on: new recovery codes (shown once, in the answer), and
// turning it off. Each asks for a current code.
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { disableSecondFactorAction, replaceRecoveryCodesAction } from '@/lib/second-factor/actions';
import { RecoveryCodeList } from './recovery-code-list';

export function NewRecoveryCodesForm() {
  const t = useTranslations('secondFactor');
  const { formProps, field, summary, pending, state } = useActionForm({
    action: replaceRecoveryCodesAction,
    defaultValues: { code: '' },
    namespace: 'secondFactor',
    id: 'new-codes',
    secret: ['code'],
  });
  return (
    <form {...formProps} aria-labelledby="new-codes-heading" className="flex flex-col gap-4">
      {summary}
      {state?.ok && state.data ? (
        <div className="flex flex-col gap-2">
          <p className="font-semibold text-slate-900">{t('newCodesShown')}</p>
          <RecoveryCodeList codes={state.data.recoveryCodes} />
        </div>
      ) : null}
      <p className="max-w-prose text-slate-700">{t('newCodesText')}</p>
      <div className="max-w-sm">
        <TextField label={t('code')} autoComplete="one-time-code" maxLength={40} {...field('code')} />
      </div>
      <SubmitButton pending={pending} label={t('newCodesSubmit')} pendingLabel={t('saving')} variant="secondary" />
    </form>
  );
}

export function TurnOffForm() {
  const t = useTranslations('secondFactor');
  const { formProps, field, summary, pending } = useActionForm({
    action: disableSecondFactorAction,
    defaultValues: { code: '' },
    namespace: 'secondFactor',
    id: 'turn-off',
    secret: ['code'],
  });
  return (
    <form {...formProps} aria-labelledby="turn-off-heading" className="flex flex-col gap-4">
      {summary}
      <p className="max-w-prose text-slate-700">{t('turnOffText')}</p>
      <div className="max-w-sm">
        <TextField label={t('code')} autoComplete="one-time-code" maxLength={40} {...field('code')} />
      </div>
      <SubmitButton pending={pending} label={t('turnOffSubmit')} pendingLabel={t('saving')} variant="secondary" />
    </form>
  );
}
