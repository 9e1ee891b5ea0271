// One event as a calendar file ("Add to calendar"), for everyone: events are public once created.
// Built for a visitor whoever asks, so the answer is the same for all and may be cached briefly.
import { calendarResponse, eventCalendar } from '@/lib/events/ical';
import { getEventFeed } from '@/lib/events/queries';
import { notFoundResponse } from '@/lib/site/responses';

type Params = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: Params) {
  const { slug } = await params;
  const result = await getEventFeed(null, { event: slug });
  if (!result.ok) return notFoundResponse();
  return calendarResponse(await eventCalendar(result.data), `${slug}.ics`, 'attachment');
}
