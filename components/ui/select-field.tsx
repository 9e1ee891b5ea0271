export interface SelectOption {
  value: string;
  label: string;
}

/** A labelled <select> for GET filter forms; the empty option means "any". */
export function SelectField({
  id,
  name,
  label,
  options,
  defaultValue,
  anyLabel,
}: {
  id: string;
  name: string;
  label: string;
  options: SelectOption[];
  defaultValue?: string;
  anyLabel: string;
}) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ''}
        className="min-h-11 w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm"
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
