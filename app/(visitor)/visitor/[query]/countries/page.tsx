// Visitors' cached copy of /countries (see ../layout.tsx).
import CountriesPage from '../../../../(public)/countries/page';

export { generateMetadata } from '../../../../(public)/countries/page';
export default CountriesPage;
