'use client';

import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { ButtonLink } from '@/components/ui/button-link';

/** A link to sign in that brings the member back to the page they are on (401 pages know no props). */
export function SignInLink({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  return <ButtonLink href={`/sign-in?callbackUrl=${encodeURIComponent(pathname)}`}>{children}</ButtonLink>;
}
