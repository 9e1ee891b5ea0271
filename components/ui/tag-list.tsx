import Link from 'next/link';

export interface Tag {
  label: string;
  href?: string;
  key?: string;
}

/** A wrapping list of small tags (themes, regions), each a link when it has an address. */
export function TagList({ tags, label }: { tags: Tag[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.key ?? tag.label}>
          {tag.href ? (
            <Link
              href={tag.href}
              className="inline-flex min-h-6 items-center rounded-md bg-slate-100 px-2 py-0.5 text-sm text-slate-800 underline decoration-slate-400 hover:bg-slate-200 hover:decoration-slate-800"
            >
              {tag.label}
            </Link>
          ) : (
            <span className="inline-flex items-center rounded-md bg-slate-100 px-2 py-0.5 text-sm text-slate-800">
              {tag.label}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
