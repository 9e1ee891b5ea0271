// Visitors' cached copy of /get-involved (see ../layout.tsx).
import GetInvolvedPage from '../../../../(public)/get-involved/page';

export { generateMetadata } from '../../../../(public)/get-involved/page';
export default GetInvolvedPage;

/** It shows campaign counts: at most a few seconds old (lib/site/refresh-public-pages.ts). */
export const revalidate = 5;
