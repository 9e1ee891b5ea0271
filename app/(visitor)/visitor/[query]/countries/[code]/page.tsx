// Visitors' cached copy of /countries/[code] (see ../../layout.tsx).
import Page from '../../../../../(public)/countries/[code]/page';

export { generateMetadata } from '../../../../../(public)/countries/[code]/page';

/** Each record's page is rendered on its first visit. */
export function generateStaticParams(): { code: string }[] {
  return [];
}

export default Page;

/** It shows campaign counts: at most a few seconds old (lib/site/refresh-public-pages.ts). */
export const revalidate = 5;
