// Visitors' cached copy of /library: its filters come from the path (see ../layout.tsx).
import { searchParamsOf } from '@/lib/site/page-cache';
import LibraryPage from '../../../../(public)/library/page';

export { generateMetadata } from '../../../../(public)/library/page';

export default function VisitorLibraryPage({ params }: { params: Promise<{ query: string }> }) {
  return <LibraryPage searchParams={searchParamsOf(params)} />;
}
