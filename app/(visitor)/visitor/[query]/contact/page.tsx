// Visitors' cached copy of /contact (see ../layout.tsx).
import ContactPage from '../../../../(public)/contact/page';

export { generateMetadata } from '../../../../(public)/contact/page';
export default ContactPage;
