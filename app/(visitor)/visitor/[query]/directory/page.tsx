// Visitors' cached copy of /directory: its filters come from the path (see ../layout.tsx).
import { searchParamsOf } from '@/lib/site/page-cache';
import DirectoryPage, { generateMetadata as generateDirectoryMetadata } from '../../../../(public)/directory/page';

type Props = { params: Promise<{ query: string }> };

export function generateMetadata({ params }: Props) {
  return generateDirectoryMetadata({ searchParams: searchParamsOf(params) });
}

export default function VisitorDirectoryPage({ params }: Props) {
  return <DirectoryPage searchParams={searchParamsOf(params)} />;
}
