// One table of the import's dry run (directory-import-form.tsx): the refused rows, the organisations
// to add, and each organisation's changes. The caller writes the rows, their cells in planCellClasses.
import type { ReactNode } from 'react';
import { cx } from '@/lib/site/class-names';

const tableClasses = 'mt-3 w-full border-collapse text-left text-sm';
const headClasses = 'border-b-2 border-slate-300 px-3 py-2 font-semibold text-slate-900';
export const planCellClasses = 'border-b border-slate-200 px-3 py-2 align-top';

export function PlanTable({
  headings,
  caption,
  className,
  children,
}: {
  /** The column headings, in order. */
  headings: readonly string[];
  caption?: ReactNode;
  /** Classes added to the table's own. */
  className?: string;
  /** The body's rows. */
  children: ReactNode;
}) {
  return (
    <table className={cx(tableClasses, className)}>
      {caption ? <caption className="text-left font-semibold text-slate-900">{caption}</caption> : null}
      <thead>
        <tr>
          {headings.map((heading) => (
            <th key={heading} scope="col" className={headClasses}>
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
