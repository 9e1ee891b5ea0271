// Visitors' cached copy of /get-involved (see ../layout.tsx).
import GetInvolvedPage from '../../../../(public)/get-involved/page';

export { generateMetadata } from '../../../../(public)/get-involved/page';
export default GetInvolvedPage;
