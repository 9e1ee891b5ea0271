import type { ComponentProps } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import { rehypePlugins, remarkPlugins, shiftedHeadingLevel, type HeadingLevel } from '@/lib/markdown/options';
import { cx } from '@/lib/site/class-names';

type HeadingProps = ComponentProps<'h2'> & { node?: unknown };

function headingComponents(minLevel: HeadingLevel): Components {
  const make = (level: number) =>
    function Heading(props: HeadingProps) {
      // react-markdown passes its syntax-tree node; it is not an HTML attribute.
      const { node, ...attributes } = props;
      void node;
      const Tag = `h${shiftedHeadingLevel(level, minLevel)}` as const;
      return <Tag {...attributes} />;
    };
  return { h1: make(1), h2: make(2), h3: make(3), h4: make(4), h5: make(5), h6: make(6) };
}

/**
 * Markdown from the database, rendered sanitized (no raw HTML). Headings are lowered to at least
 * `minHeadingLevel` so the page keeps one h1 and a sensible outline.
 */
export function Markdown({
  children,
  minHeadingLevel = 2,
  className,
}: {
  children: string;
  minHeadingLevel?: HeadingLevel;
  className?: string;
}) {
  return (
    <div className={cx('prose-body', className)}>
      <ReactMarkdown
        remarkPlugins={remarkPlugins}
        rehypePlugins={rehypePlugins}
        components={headingComponents(minHeadingLevel)}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
