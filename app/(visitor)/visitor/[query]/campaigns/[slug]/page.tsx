// Visitors' cached copy of /campaigns/[slug] (see ../../layout.tsx).
import Page from '../../../../../(public)/campaigns/[slug]/page';

export { generateMetadata } from '../../../../../(public)/campaigns/[slug]/page';

/** Each record's page is rendered on its first visit. */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export default Page;

/** It shows campaign counts: at most a few seconds old (lib/site/refresh-public-pages.ts). */
export const revalidate = 5;
