// Visitors' cached copy of /events: its filters come from the path (see ../layout.tsx).
import { searchParamsOf } from '@/lib/site/page-cache';
import EventsPage from '../../../../(public)/events/page';

export { generateMetadata } from '../../../../(public)/events/page';

export default function VisitorEventsPage({ params }: { params: Promise<{ query: string }> }) {
  return <EventsPage searchParams={searchParamsOf(params)} />;
}
