// Form pieces beyond TextField (a text area, a select with a
// placeholder, checkbox and radio groups), in the same look as TextField: a label, a hint and the
// error beside the field, tied to it with aria-describedby and aria-invalid.
import { forwardRef, type ComponentProps, type ReactNode } from 'react';
import { cx } from '@/lib/site/class-names';

const labelClasses = 'text-sm font-semibold text-slate-800';
const controlClasses =
  'min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 shadow-sm aria-[invalid]:border-red-700';

const describedBy = (id: string, hint?: ReactNode, error?: string | null) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="text-sm text-slate-700">
      {children}
    </p>
  );
}

/** An error beside a field, announced when it appears. */
export function FieldError({ id, message }: { id: string; message?: string | null }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="text-sm font-medium text-red-800">
      {message}
    </p>
  );
}

export const TextAreaField = forwardRef<
  HTMLTextAreaElement,
  ComponentProps<'textarea'> & { id: string; label: string; hint?: string; error?: string | null }
>(function TextAreaField({ id, label, hint, error, className, ...textarea }, ref) {
  return (
    <div className={cx('flex flex-col gap-1', className)}>
      <label htmlFor={id} className={labelClasses}>
        {label}
      </label>
      {hint ? <FieldHint id={`${id}-hint`}>{hint}</FieldHint> : null}
      <textarea
        ref={ref}
        id={id}
        rows={5}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={controlClasses}
        {...textarea}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
});

/** A labelled <select> whose first, empty option asks the reader to choose. */
export const SelectInputField = forwardRef<
  HTMLSelectElement,
  ComponentProps<'select'> & {
    id: string;
    label: string;
    placeholder: string;
    options: { value: string; label: string }[];
    error?: string | null;
  }
>(function SelectInputField({ id, label, placeholder, options, error, className, ...select }, ref) {
  return (
    <div className={cx('flex flex-col gap-1', className)}>
      <label htmlFor={id} className={labelClasses}>
        {label}
      </label>
      <select
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, undefined, error)}
        className={controlClasses}
        {...select}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
});

/** A group of checkboxes or radio buttons: a fieldset with its legend, hint and error. */
export function ChoiceGroup({
  id,
  legend,
  hint,
  error,
  children,
  className,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  children: ReactNode;
  className?: string;
}) {
  return (
    <fieldset
      id={id}
      aria-describedby={describedBy(id, hint, error)}
      className={cx('flex min-w-0 flex-col gap-2', className)}
    >
      <legend className={cx(labelClasses, 'mb-1')}>{legend}</legend>
      {hint ? <FieldHint id={`${id}-hint`}>{hint}</FieldHint> : null}
      <FieldError id={`${id}-error`} message={error} />
      {children}
    </fieldset>
  );
}

/** One checkbox or radio button with its label (and an optional description under it). */
export const Choice = forwardRef<
  HTMLInputElement,
  Omit<ComponentProps<'input'>, 'type'> & {
    id: string;
    type?: 'checkbox' | 'radio';
    label: ReactNode;
    description?: ReactNode;
  }
>(function Choice({ id, type = 'checkbox', label, description, className, ...input }, ref) {
  return (
    <div className={cx('flex items-start gap-3', className)}>
      <input
        ref={ref}
        id={id}
        type={type}
        aria-describedby={description ? `${id}-description` : undefined}
        className="accent-brand-800 mt-0.5 size-5 shrink-0 border-slate-500"
        {...input}
      />
      <div className="min-w-0">
        <label htmlFor={id} className="text-slate-900">
          {label}
        </label>
        {description ? (
          <p id={`${id}-description`} className="text-sm text-slate-700">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
});
