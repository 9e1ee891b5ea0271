import type { ReactNode } from 'react';
import { cx } from '@/lib/site/class-names';

/** A message about a whole form (not one field), announced to screen readers. */
export function FormAlert({ tone = 'error', children }: { tone?: 'error' | 'success'; children: ReactNode }) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={cx(
        'rounded-md border px-4 py-3 text-sm font-medium',
        tone === 'error'
          ? 'border-red-300 bg-red-50 text-red-900'
          : 'border-emerald-300 bg-emerald-50 text-emerald-900',
      )}
    >
      {children}
    </div>
  );
}
