// Visitors' cached copy of /directory: its filters come from the path (see ../layout.tsx).
import { searchParamsOf } from '@/lib/site/page-cache';
import DirectoryPage from '../../../../(public)/directory/page';

export { generateMetadata } from '../../../../(public)/directory/page';

export default function VisitorDirectoryPage({ params }: { params: Promise<{ query: string }> }) {
  return <DirectoryPage searchParams={searchParamsOf(params)} />;
}
