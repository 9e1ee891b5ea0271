// The events feed (/events.ics, or one region's: /events.ics?region=africa), to subscribe to from a
// calendar app: upcoming events and those of the last 90 days, cancelled ones marked so. Built for a
// visitor whoever asks (a calendar app sends no cookie, and a shared cache may keep the answer).
import type { NextRequest } from 'next/server';
import { calendarResponse, eventCalendar } from '@/lib/events/ical';
import { getEventFeed } from '@/lib/events/queries';
import { eventFiltersSchema } from '@/lib/events/filters';
import { notFoundResponse } from '@/lib/site/responses';

export async function GET(request: NextRequest) {
  const { region } = eventFiltersSchema.parse(Object.fromEntries(request.nextUrl.searchParams.entries()));
  const result = await getEventFeed(null, { region });
  if (!result.ok) return notFoundResponse();
  return calendarResponse(await eventCalendar(result.data), region ? `events-${region}.ics` : 'events.ics');
}
