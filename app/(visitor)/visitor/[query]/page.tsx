// Visitors' cached copy of / (see ./layout.tsx).
import HomePage from '../../../(public)/page';

export default HomePage;
