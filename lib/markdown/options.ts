// How Markdown from the database is turned into HTML: GitHub-flavoured Markdown, raw HTML never
// rendered (react-markdown drops it) and the result sanitized with rehype-sanitize's GitHub schema.
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import type { Options } from 'react-markdown';

export const remarkPlugins: NonNullable<Options['remarkPlugins']> = [remarkGfm];
export const rehypePlugins: NonNullable<Options['rehypePlugins']> = [rehypeSanitize];

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The heading level a Markdown heading gets so it never outranks the page's own headings. */
export function shiftedHeadingLevel(level: number, minLevel: HeadingLevel): HeadingLevel {
  return Math.min(6, Math.max(level, minLevel)) as HeadingLevel;
}
