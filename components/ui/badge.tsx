import type { ReactNode } from 'react';
import { cx } from '@/lib/site/class-names';

const tones = {
  neutral: 'bg-slate-100 text-slate-800 ring-slate-200',
  brand: 'bg-brand-50 text-brand-900 ring-brand-200',
  success: 'bg-emerald-50 text-emerald-900 ring-emerald-200',
  muted: 'bg-white text-slate-700 ring-slate-300',
  warning: 'bg-amber-50 text-amber-900 ring-amber-200',
  danger: 'bg-red-50 text-red-900 ring-red-200',
} as const;

export type BadgeTone = keyof typeof tones;

/** A short label: a kind, a type, a status. */
export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: BadgeTone }) {
  return (
    <span
      className={cx(
        'inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset print:ring-0',
        tones[tone],
      )}
    >
      {children}
    </span>
  );
}
