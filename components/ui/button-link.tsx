import Link from 'next/link';
import type { ComponentProps } from 'react';
import { cx } from '@/lib/site/class-names';

const variants = {
  primary: 'bg-brand-800 text-white hover:bg-brand-900 shadow-sm',
  secondary: 'bg-white text-brand-900 ring-1 ring-inset ring-brand-800 hover:bg-brand-50',
  inverse: 'bg-white text-brand-950 hover:bg-brand-50 shadow-sm',
  ghostInverse: 'text-white ring-1 ring-inset ring-white/80 hover:bg-white/10',
} as const;

export const buttonClasses = (variant: keyof typeof variants = 'primary') =>
  cx(
    'inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold no-underline transition-colors',
    variants[variant],
  );

/** A link that looks like a button, for calls to action. */
export function ButtonLink({
  variant = 'primary',
  className,
  ...props
}: ComponentProps<typeof Link> & { variant?: keyof typeof variants }) {
  return <Link {...props} className={cx(buttonClasses(variant), className)} />;
}
