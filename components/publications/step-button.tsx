'use client';

// One small form with one button that moves something one place up or down, or removes it: the
// files of a publication and the sections of a toolkit are put in order this way, so ordering works
// without JavaScript (a plain post, then the page again).
import { useActionForm } from '@/components/ui/form';
import type { FormAction } from '@/lib/forms/action';
import { cx } from '@/lib/site/class-names';

export type OrderStep = 'up' | 'down' | 'remove';

export function StepButton({
  action,
  id,
  fields,
  step,
  text,
  label,
}: {
  action: FormAction;
  /** Unique on the page: the form's id and the prefix of its summary. */
  id: string;
  /** The hidden fields that say what is moved (the step itself is added). */
  fields: Record<string, string>;
  step: OrderStep;
  /** The button's words ("Move up") and its accessible name ("Move “Report” up"). */
  text: string;
  label: string;
}) {
  const { formProps, summary, pending } = useActionForm({
    action,
    defaultValues: {},
    namespace: 'publications',
    id,
  });
  return (
    <form {...formProps} aria-label={label}>
      {summary}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="step" value={step} />
      <button
        type="submit"
        disabled={pending}
        aria-label={label}
        className={cx(
          'focus-visible:ring-brand-800 min-h-11 rounded-md border px-3 text-sm font-medium focus-visible:ring-2 focus-visible:outline-none',
          step === 'remove'
            ? 'border-red-700 text-red-800 hover:bg-red-50'
            : 'border-slate-400 text-slate-800 hover:bg-slate-100',
        )}
      >
        {text}
      </button>
    </form>
  );
}
