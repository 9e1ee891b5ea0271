// Visitors' cached copy of /events/[slug] (see ../../layout.tsx).
import Page from '../../../../../(public)/events/[slug]/page';

export { generateMetadata } from '../../../../../(public)/events/[slug]/page';

/** Each record's page is rendered on its first visit. */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export default Page;
