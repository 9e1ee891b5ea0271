import Link from 'next/link';
import type { ComponentProps, ReactNode } from 'react';
import { cx } from '@/lib/site/class-names';

export const textLinkClasses =
  'font-medium text-brand-800 underline decoration-brand-800/40 hover:decoration-brand-800 hover:text-brand-950';

/** An inline link in the house style. */
export function TextLink({ className, ...props }: ComponentProps<typeof Link>) {
  return <Link {...props} className={cx(textLinkClasses, className)} />;
}

/** The "← back to the list" line above a page's heading; hidden when printed. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="no-print mb-4 text-sm">
      <TextLink href={href}>
        <span aria-hidden="true">← </span>
        {children}
      </TextLink>
    </p>
  );
}
