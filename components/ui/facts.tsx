import type { ReactNode } from 'react';

export interface Fact {
  term: ReactNode;
  details: ReactNode;
  key: string;
}

/**
 * A description list of facts (type, date, regions…); facts without details are left out.
 * `columns` puts terms beside their details from small screens up; `stacked` keeps them above.
 */
export function Facts({ facts, layout = 'stacked' }: { facts: Fact[]; layout?: 'stacked' | 'columns' }) {
  const shown = facts.filter((fact) => fact.details !== null && fact.details !== undefined && fact.details !== false);
  return (
    <dl
      className={layout === 'columns' ? 'grid grid-cols-1 gap-x-6 gap-y-4 sm:grid-cols-[max-content_1fr]' : 'space-y-4'}
    >
      {shown.map((fact) => (
        <div key={fact.key} className={layout === 'columns' ? 'sm:contents' : undefined}>
          <dt className="text-sm font-semibold text-slate-700">{fact.term}</dt>
          <dd className="mt-1 text-slate-900">{fact.details}</dd>
        </div>
      ))}
    </dl>
  );
}
