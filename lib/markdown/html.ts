// Markdown as an HTML string, for what is not a React page (feeds): the same parser and sanitizer
// as every page (options.ts), raw HTML dropped (remark-rehype without allowDangerousHtml), then
// stringified.
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypePlugins, remarkPlugins } from './options';

const processor = unified()
  .use(remarkParse)
  .use(remarkPlugins)
  .use(remarkRehype)
  .use(rehypePlugins)
  .use(rehypeStringify)
  .freeze();

export function markdownToSafeHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}
