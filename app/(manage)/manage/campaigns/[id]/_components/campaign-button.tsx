'use client';

// One small form with one button for a campaign's page: a step of its life, removing an update,
// releasing or discarding held signatures. Its hidden fields say what it acts on; it works without
// JavaScript (a plain post, then the page again, saying what happened).
import { SubmitButton, useActionForm } from '@/components/ui/form';
import type { FormAction } from '@/lib/forms/action';

export function CampaignButton({
  action,
  id,
  fields,
  text,
  label,
  pendingText,
  variant = 'secondary',
}: {
  action: FormAction;
  /** Unique on the page: the form's id and the prefix of its summary. */
  id: string;
  fields: Record<string, string>;
  /** The button's words, and its accessible name when the words alone do not say what it acts on. */
  text: string;
  label?: string;
  pendingText: string;
  variant?: 'primary' | 'secondary';
}) {
  const { formProps, summary, pending } = useActionForm({
    action,
    defaultValues: {},
    namespace: 'manageCampaigns',
    id,
  });
  return (
    <form {...formProps} aria-label={label ?? text} className="flex flex-col gap-2">
      {summary}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pending={pending} label={text} pendingLabel={pendingText} variant={variant} ariaLabel={label} />
    </form>
  );
}
