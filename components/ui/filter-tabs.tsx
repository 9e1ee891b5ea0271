import Link from 'next/link';

const tabClasses =
  'text-brand-900 ring-brand-800 hover:bg-brand-50 aria-[current]:bg-brand-800 inline-flex min-h-11 items-center rounded-md px-4 py-2 text-sm font-semibold ring-1 ring-inset aria-[current]:text-white';

export interface FilterTab {
  href: string;
  /** The tab's words, with its count when it has one ("Drafts (3)"). */
  label: string;
  current: boolean;
}

/** Links to the views of one list (all, each state…), the current one marked (aria-current). */
export function FilterTabs({ label, tabs, className }: { label: string; tabs: FilterTab[]; className?: string }) {
  return (
    <nav aria-label={label} className={className}>
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link href={tab.href} aria-current={tab.current ? 'page' : undefined} className={tabClasses}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
