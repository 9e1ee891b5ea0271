'use client';

import { usePathname } from 'next/navigation';

/** Printed only: the coalition's name and the printed page's address, at the top of every sheet. */
export function PrintBanner({ name, siteUrl }: { name: string; siteUrl: string }) {
  const pathname = usePathname();
  const address = new URL(pathname, siteUrl).toString();
  return (
    <p className="mb-[0.75cm] flex flex-wrap justify-between gap-x-4 border-b border-black pb-2 text-[9pt] text-black">
      <span className="font-bold">{name}</span>
      <span className="break-all">{address}</span>
    </p>
  );
}
