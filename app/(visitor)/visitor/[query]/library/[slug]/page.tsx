// Visitors' cached copy of /library/[slug] (see ../../layout.tsx).
import Page from '../../../../../(public)/library/[slug]/page';

export { generateMetadata } from '../../../../../(public)/library/[slug]/page';

/** Each record's page is rendered on its first visit. */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export default Page;
