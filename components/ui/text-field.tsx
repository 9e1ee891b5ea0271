import { forwardRef, type ComponentProps } from 'react';
import { cx } from '@/lib/site/class-names';

/**
 * A labelled input with its hint and error beside it. The error is announced (role="alert") and
 * tied to the input with aria-describedby and aria-invalid.
 */
export const TextField = forwardRef<
  HTMLInputElement,
  ComponentProps<'input'> & { id: string; label: string; hint?: string; error?: string | null }
>(function TextField({ id, label, hint, error, className, ...input }, ref) {
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
      <input
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 shadow-sm aria-[invalid]:border-red-700"
        {...input}
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
});
