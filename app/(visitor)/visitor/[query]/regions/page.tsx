// Visitors' cached copy of /regions (see ../layout.tsx).
import RegionsPage from '../../../../(public)/regions/page';

export { generateMetadata } from '../../../../(public)/regions/page';
export default RegionsPage;
