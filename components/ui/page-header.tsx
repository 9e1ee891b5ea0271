import type { ReactNode } from 'react';

/** The page's one h1, with an optional line above it and an introduction below. */
export function PageHeader({
  title,
  eyebrow,
  intro,
  children,
  lang,
}: {
  title: ReactNode;
  eyebrow?: ReactNode;
  intro?: ReactNode;
  children?: ReactNode;
  lang?: string;
}) {
  return (
    <header className="border-b border-slate-200 pb-6" lang={lang}>
      {eyebrow ? <div className="text-brand-800 mb-2 text-sm font-medium">{eyebrow}</div> : null}
      <h1 className="text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">{title}</h1>
      {intro ? <p className="mt-3 max-w-prose text-lg text-slate-700">{intro}</p> : null}
      {children}
    </header>
  );
}
