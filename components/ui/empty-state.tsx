import type { ReactNode } from 'react';

/** What a list shows when it has nothing to show. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-700">{children}</div>;
}
