// Visitors' cached copy of /campaigns (see ../layout.tsx).
import CampaignsPage from '../../../../(public)/campaigns/page';

export { generateMetadata } from '../../../../(public)/campaigns/page';
export default CampaignsPage;
