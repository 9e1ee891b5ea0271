import { useTranslations } from 'next-intl';

/** The table of contents of a toolkit: its sections in order, each a link to its heading. */
export function ToolkitContents({ sections }: { sections: { position: number; heading: string }[] }) {
  const t = useTranslations('library.article');
  return (
    <nav aria-labelledby="contents-heading" className="rounded-lg border border-slate-200 bg-slate-50 p-5">
      <h2 id="contents-heading" className="text-lg font-semibold text-slate-900">
        {t('contents')}
      </h2>
      <ol className="mt-3 space-y-2">
        {sections.map((section) => (
          <li key={section.position}>
            <a href={`#${sectionId(section.position)}`} className="text-brand-800 hover:text-brand-950 underline">
              {section.heading}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function sectionId(position: number): string {
  return `section-${position + 1}`;
}
