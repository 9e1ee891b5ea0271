import { snippetParts } from '@/lib/search/schemas';

/** A result's passage with its matched words in <mark>: text nodes only, never HTML from the record. */
export function SearchSnippet({ snippet, lang }: { snippet: string; lang?: string }) {
  const parts = snippetParts(snippet);
  if (parts.length === 0) return null;
  return (
    <p className="mt-2 text-slate-700" lang={lang}>
      {parts.map((part, index) =>
        part.matched ? (
          <mark key={index} className="rounded-sm bg-amber-100 px-0.5 font-semibold text-slate-900">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
