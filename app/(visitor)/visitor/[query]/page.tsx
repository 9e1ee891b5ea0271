// Visitors' cached copy of / (see ./layout.tsx).
import HomePage from '../../../(public)/page';

export default HomePage;

/** It shows campaign counts: at most a few seconds old (lib/site/refresh-public-pages.ts). */
export const revalidate = 5;
