// Visitors' cached copy of /campaigns (see ../layout.tsx).
import CampaignsPage from '../../../../(public)/campaigns/page';

export { generateMetadata } from '../../../../(public)/campaigns/page';
export default CampaignsPage;

/** It shows campaign counts: at most a few seconds old (lib/site/refresh-public-pages.ts). */
export const revalidate = 5;
