'use client';

// On /account/second-factor, once it is on: new recovery codes (shown once, in the answer), and
// turning it off. Each asks for a current code; both are one form piece.
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import type { FormAction } from '@/lib/forms/action';
import { disableSecondFactorAction, replaceRecoveryCodesAction } from '@/lib/second-factor/actions';
import { RecoveryCodeList } from './recovery-code-list';

/** A form of one code field that confirms `action`; `answer` shows what a success brought back. */
function ConfirmWithCodeForm<T>({
  action,
  id,
  text,
  submitLabel,
  answer,
}: {
  action: FormAction<T>;
  id: string;
  text: string;
  submitLabel: string;
  answer?: (data: T) => ReactNode;
}) {
  const t = useTranslations('secondFactor');
  const { formProps, field, summary, pending, state } = useActionForm({
    action,
    defaultValues: { code: '' },
    namespace: 'secondFactor',
    id,
    secret: ['code'],
  });
  return (
    <form {...formProps} aria-labelledby={`${id}-heading`} className="flex flex-col gap-4">
      {summary}
      {state?.ok && state.data !== undefined && answer ? answer(state.data) : null}
      <p className="max-w-prose text-slate-700">{text}</p>
      <div className="max-w-sm">
        <TextField label={t('code')} autoComplete="one-time-code" maxLength={40} {...field('code')} />
      </div>
      <SubmitButton pending={pending} label={submitLabel} pendingLabel={t('saving')} variant="secondary" />
    </form>
  );
}

export function NewRecoveryCodesForm() {
  const t = useTranslations('secondFactor');
  return (
    <ConfirmWithCodeForm
      action={replaceRecoveryCodesAction}
      id="new-codes"
      text={t('newCodesText')}
      submitLabel={t('newCodesSubmit')}
      answer={(data) => (
        <div className="flex flex-col gap-2">
          <p className="font-semibold text-slate-900">{t('newCodesShown')}</p>
          <RecoveryCodeList codes={data.recoveryCodes} />
        </div>
      )}
    />
  );
}

export function TurnOffForm() {
  const t = useTranslations('secondFactor');
  return (
    <ConfirmWithCodeForm
      action={disableSecondFactorAction}
      id="turn-off"
      text={t('turnOffText')}
      submitLabel={t('turnOffSubmit')}
    />
  );
}
