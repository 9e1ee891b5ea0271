import { forwardRef, type ComponentProps } from 'react';
import { cx } from '@/lib/site/class-names';

/**
 * A labelled textarea with its hint and error beside it, like TextField (components/ui/text-field.tsx):
 * the error is announced and tied to the field with aria-describedby and aria-invalid.
 */
export const TextAreaField = forwardRef<
  HTMLTextAreaElement,
  ComponentProps<'textarea'> & { id: string; label: string; hint?: string; error?: string | null }
>(function TextAreaField({ id, label, hint, error, className, ...textarea }, ref) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('flex flex-col gap-1', className)}>
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <textarea
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="min-h-32 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 shadow-sm aria-[invalid]:border-red-700"
        {...textarea}
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
});
