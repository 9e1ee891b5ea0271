// Visitors' cached copy of /directory/[slug] (see ../../layout.tsx).
import Page from '../../../../../(public)/directory/[slug]/page';

export { generateMetadata } from '../../../../../(public)/directory/[slug]/page';

/** Each record's page is rendered on its first visit. */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export default Page;
