'use client';

// Setting up two-step sign-in: the QR code (or the key to type), the recovery codes, and the first
// code from the app, which proves it is set up. The same form at sign-in (staff who must have one)
// and on /account/second-factor. Nothing here needs JavaScript (the QR code is inline SVG).
//
// After a wrong code the form keeps the setup it was sent with (the page's new one would show a
// secret the app has not scanned); after `setupExpired` it takes the page's new one.
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { enableSecondFactorAction, signInWithSetupAction } from '@/lib/second-factor/actions';
import type { SetupView } from '@/lib/second-factor/queries';
import { readSetupForDisplay } from '@/lib/second-factor/setup-token';
import { QrCode } from './qr-code';
import { RecoveryCodeList } from './recovery-code-list';

export function SecondFactorSetupForm({
  view,
  atSignIn,
}: {
  view: SetupView;
  /** At sign-in: where to go once it is set up (signing in), instead of back to the account. */
  atSignIn?: { callbackUrl: string };
}) {
  const t = useTranslations('secondFactor');
  const { formProps, field, summary, pending, state } = useActionForm({
    action: atSignIn ? signInWithSetupAction : enableSecondFactorAction,
    defaultValues: { code: '' },
    namespace: 'secondFactor',
    id: 'second-factor-setup',
    secret: ['code'],
  });
  const sent = state && !state.ok && state.message !== 'setupExpired' ? state.values?.setup : undefined;
  const setup = (typeof sent === 'string' && readSetupForDisplay(sent) ? sent : null) ?? view.setup;
  const shown = readSetupForDisplay(setup);
  if (!shown) throw new Error('The setup made by the page cannot be read');
  return (
    <form {...formProps} className="flex flex-col gap-8">
      {summary}
      <input type="hidden" name="setup" value={setup} />
      {atSignIn ? <input type="hidden" name="callbackUrl" value={atSignIn.callbackUrl} /> : null}
      <section aria-labelledby="setup-step-1" className="flex flex-col gap-3">
        <h2 id="setup-step-1" className="text-xl font-bold text-slate-900">
          {t('setupStep1')}
        </h2>
        <p className="max-w-prose text-slate-700">{t('setupStep1Text')}</p>
        <QrCode text={shown.uri} label={t('qrLabel')} />
        <p className="text-sm font-semibold text-slate-800">{t('keyLabel')}</p>
        <p>
          <code className="rounded bg-slate-100 px-2 py-1 font-mono text-lg tracking-wider text-slate-900">
            {shown.secret.match(/.{1,4}/g)?.join(' ')}
          </code>
        </p>
      </section>
      <section aria-labelledby="setup-step-2" className="flex flex-col gap-3">
        <h2 id="setup-step-2" className="text-xl font-bold text-slate-900">
          {t('setupStep2')}
        </h2>
        <p className="max-w-prose text-slate-700">{t('setupStep2Text')}</p>
        <RecoveryCodeList codes={shown.recoveryCodes} />
      </section>
      <section aria-labelledby="setup-step-3" className="flex max-w-sm flex-col gap-4">
        <h2 id="setup-step-3" className="text-xl font-bold text-slate-900">
          {t('setupStep3')}
        </h2>
        <TextField
          label={t('code')}
          hint={t('setupCodeHint')}
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={12}
          {...field('code')}
        />
        <SubmitButton
          pending={pending}
          label={atSignIn ? t('setupSubmitSignIn') : t('setupSubmit')}
          pendingLabel={t('verifying')}
        />
      </section>
    </form>
  );
}
