// A campaign's events as a feed to subscribe to, like /events.ics; 404 for an unknown campaign and
// for one visitors may not see (a draft or archived one), whoever asks: it is built for a visitor.
import { calendarResponse, eventCalendar } from '@/lib/events/ical';
import { getEventFeed } from '@/lib/events/queries';
import { notFoundResponse } from '@/lib/site/responses';

type Params = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: Params) {
  const { slug } = await params;
  const result = await getEventFeed(null, { campaign: slug });
  if (!result.ok) return notFoundResponse();
  return calendarResponse(await eventCalendar(result.data), `${slug}-events.ics`);
}
