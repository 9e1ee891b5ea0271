// Visitors' cached copy of /library: its filters come from the path (see ../layout.tsx).
import { searchParamsOf } from '@/lib/site/page-cache';
import LibraryPage, { generateMetadata as generateLibraryMetadata } from '../../../../(public)/library/page';

type Props = { params: Promise<{ query: string }> };

export function generateMetadata({ params }: Props) {
  return generateLibraryMetadata({ searchParams: searchParamsOf(params) });
}

export default function VisitorLibraryPage({ params }: Props) {
  return <LibraryPage searchParams={searchParamsOf(params)} />;
}
