// Demo events of the fictional "Coalition for Civilian Protection": one tied to a running campaign,
// one online only, one in another time zone far from the others, one past. Places, people and links
// are invented; links use RFC 2606 domains only. Upcoming ones are dated from the day the seed runs.
import type { DemoEvent } from './types';

export const demoEvents: DemoEvent[] = [
  {
    title: 'Eyes on the Ground: briefing for civil society in Bamako',
    description: `A briefing for civil society organisations on the call for an **independent monitoring mechanism** in the central Sahel: where the campaign stands, what member states said in Geneva, and how local monitors can take part safely.

- The state of the campaign and next steps towards the Human Rights Council
- Protection of local monitors: what an independent mechanism must guarantee
- Questions and answers (French and English)

Places in the room are limited; the briefing is also streamed for members who cannot travel.`,
    starts: { inDays: 21, at: '10:00' },
    durationMinutes: 180,
    timeZone: 'Africa/Bamako',
    location: 'Maison de la Presse, Bamako',
    onlineUrl: 'https://example.org/coalition/live/bamako-briefing',
    regions: ['africa'],
    campaign: 'Eyes on the Ground: An Independent Monitoring Mechanism for the Central Sahel',
  },
  {
    title: 'Online training: documenting attacks on civilians',
    description: `A two-hour online training for member organisations on documenting attacks on civilians so that the record can later serve early warning and accountability.

1. What to record, and what never to record (the safety of witnesses comes first)
2. Keeping evidence: photos, metadata and chains of custody
3. Sharing safely with the coalition's monitoring desk

The session is recorded for members; slides are shared afterwards in the library.`,
    starts: { inDays: 10, at: '09:00' },
    durationMinutes: 120,
    timeZone: 'Asia/Manila',
    onlineUrl: 'https://example.org/coalition/training/documenting-attacks',
    regions: ['asia-pacific'],
  },
  {
    title: 'Regional meeting of members in the Americas',
    description: `The yearly meeting of the coalition's members in the Americas, hosted in Lima: a day of exchange on early warning in the region, the ratification campaign for the regional protocol, and the plans for next year.

Coffee from 09:00; the meeting opens at 09:30. Interpretation between Spanish and English is provided.`,
    starts: { inDays: 35, at: '09:30' },
    durationMinutes: 450,
    timeZone: 'America/Lima',
    location: 'Centro Cultural de la Memoria, Av. Arequipa 1234, Lima',
    regions: ['americas'],
  },
  {
    title: 'A side event at the African Union: protecting civilians in the Sahel',
    description: `Co-organised by the Women Mediators of the Lake Chad Basin and the Sahel Civilian Monitoring Network with African Union officials and civil society from the region. Speakers highlighted the need for any mechanism to include a strong focus on the protection of local monitors and on sexual violence.`,
    starts: '2026-10-06T14:00',
    durationMinutes: 120,
    timeZone: 'Africa/Addis_Ababa',
    location: 'African Union Conference Centre, Addis Ababa',
    regions: ['africa'],
    campaign: 'Eyes on the Ground: An Independent Monitoring Mechanism for the Central Sahel',
  },
];
