// Every page under /account and /manage, opened by every role: the allowed ones answer, a visitor is
// sent to sign in, a signed-in member without the right gets 403. The pages come from the app/
// folder itself, so a new page without a row in `allowedRoles` fails this test.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { signedInAs } from './support';

type Role = 'member' | 'coordinator' | 'admin';

/** Who may open each page; everyone else is refused. */
const allowedRoles: Record<string, Role[]> = {
  '/account': ['member', 'coordinator', 'admin'],
  '/account/organization': ['member', 'coordinator', 'admin'],
  // The demo member runs their organisation's team; staff without an organisation are told to pick one.
  '/account/organization/team': ['member', 'coordinator', 'admin'],
  '/account/second-factor': ['member', 'coordinator', 'admin'],
  '/account/submissions': ['member', 'coordinator', 'admin'],
  '/account/submissions/new': ['member', 'coordinator', 'admin'],
  '/account/submissions/[id]': ['member', 'coordinator', 'admin'],
  '/account/submissions/[id]/preview': ['member', 'coordinator', 'admin'],
  '/manage': ['coordinator', 'admin'],
  '/manage/applications': ['coordinator', 'admin'],
  '/manage/applications/[id]': ['coordinator', 'admin'],
  '/manage/people': ['admin'],
  '/manage/people/[id]': ['admin'],
  '/manage/people/invite': ['coordinator', 'admin'],
  '/manage/audit': ['admin'],
  '/manage/directory': ['admin'],
  '/manage/themes': ['coordinator', 'admin'],
  '/manage/publications': ['coordinator', 'admin'],
  '/manage/publications/new': ['coordinator', 'admin'],
  '/manage/publications/[id]': ['coordinator', 'admin'],
  '/manage/publications/[id]/preview': ['coordinator', 'admin'],
  '/manage/review': ['coordinator', 'admin'],
  '/manage/campaigns': ['coordinator', 'admin'],
  '/manage/campaigns/new': ['coordinator', 'admin'],
  '/manage/campaigns/[id]': ['coordinator', 'admin'],
  '/manage/messages': ['coordinator', 'admin'],
  '/manage/events': ['coordinator', 'admin'],
  '/manage/events/new': ['coordinator', 'admin'],
  '/manage/events/[id]': ['coordinator', 'admin'],
  '/manage/monitoring': ['coordinator', 'admin'],
  '/manage/monitoring/new': ['coordinator', 'admin'],
  '/manage/monitoring/[id]': ['coordinator', 'admin'],
};

function pagesUnder(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry === 'page.tsx') found.push(dir);
    }
  };
  walk(folder);
  // app/(manage)/manage/people/[id] -> /manage/people/[id]
  return found.map(
    (dir) =>
      `/${path
        .relative('app', dir)
        .split(path.sep)
        .filter((part) => !part.startsWith('('))
        .join('/')}`,
  );
}

const routes = [...pagesUnder('app/(member)'), ...pagesUnder('app/(manage)')].sort();

test('every member and staff page has a row in the access matrix', () => {
  expect(routes.filter((route) => !(route in allowedRoles))).toEqual([]);
});

async function statusOf(request: APIRequestContext, route: string) {
  // A record that does not exist: allowed viewers get 404 from the page, refused ones never reach it.
  const url = route.replace(/\[[^\]]+\]/g, 'no-such-record');
  const response = await request.get(url, { maxRedirects: 0 });
  return { status: response.status(), location: response.headers()['location'] ?? '' };
}

for (const route of routes) {
  test.describe(`${route}`, () => {
    const dynamic = route.includes('[');

    test('sends a visitor to sign in', async ({ playwright, baseURL }) => {
      const request = await playwright.request.newContext({ baseURL });
      const { status, location } = await statusOf(request, route);
      expect([302, 303, 307, 308]).toContain(status);
      expect(location).toContain('/sign-in');
      await request.dispose();
    });

    for (const role of ['member', 'coordinator', 'admin'] as const) {
      const allowed = allowedRoles[route]?.includes(role) ?? false;
      test(`${allowed ? 'opens' : 'refuses'} for a ${role}`, async ({ playwright, baseURL }) => {
        const request = await playwright.request.newContext({ baseURL, storageState: signedInAs[role] });
        const { status } = await statusOf(request, route);
        if (allowed) expect(status).toBe(dynamic ? 404 : 200);
        else expect(status).toBe(403);
        await request.dispose();
      });
    }
  });
}

/** Route handlers: what each answers a visitor without credentials. */
const routeHandlers: Record<string, { method: 'GET' | 'POST'; url: string; expected: number }> = {
  // Password sign-in: open to visitors; bad input is refused for itself, not for who asks.
  '/api/sign-in': { method: 'POST', url: '/api/sign-in', expected: 400 },
  // Auth.js' own endpoints (session, CSRF token, the ticket-only credentials callback).
  '/api/auth/[...nextauth]': { method: 'GET', url: '/api/auth/session', expected: 200 },
  // Adding a file to a publication: only for whoever may edit it, so a visitor must sign in.
  '/api/publications/[id]/attachments': {
    method: 'POST',
    url: '/api/publications/no-such-record/attachments',
    expected: 401,
  },
  // A publication's file: served after the policy's check; an unknown one is not found.
  '/(public)/library/[slug]/files/[fileId]': {
    method: 'GET',
    url: '/library/no-such-record/files/no-such-file',
    expected: 404,
  },
  // All of a publication's files as one zip: the same rule as each file; an unknown one is not found.
  '/(public)/library/[slug]/files.zip': { method: 'GET', url: '/library/no-such-record/files.zip', expected: 404 },
  // A signature's confirmation link: anyone may follow one; an unknown one leads (303) to the page
  // that says the link no longer works.
  '/(public)/campaigns/[slug]/confirm/[token]': {
    method: 'GET',
    url: '/campaigns/no-such-record/confirm/no-such-token',
    expected: 200,
  },
  // A publication as a PDF: the page's rule (members-only ones to members); an unknown one is not found.
  '/(public)/library/[slug]/pdf': { method: 'GET', url: '/library/no-such-record/pdf', expected: 404 },
  // Setting an organisation's logo: only for whoever may edit its profile, so a visitor must sign in.
  '/api/organizations/[id]/logo': { method: 'POST', url: '/api/organizations/no-such-record/logo', expected: 401 },
  // Setting a campaign's image: only for the staff who run it, so a visitor must sign in.
  '/api/campaigns/[id]/image': { method: 'POST', url: '/api/campaigns/no-such-record/image', expected: 401 },
  // The iCal feeds of events: public; an unknown event's or campaign's is not found.
  '/(public)/events.ics': { method: 'GET', url: '/events.ics', expected: 200 },
  '/(public)/events/[slug]/event.ics': { method: 'GET', url: '/events/no-such-record/event.ics', expected: 404 },
  '/(public)/campaigns/[slug]/events.ics': {
    method: 'GET',
    url: '/campaigns/no-such-record/events.ics',
    expected: 404,
  },
  // A campaign's updates as RSS and Atom: public; an unknown (or draft) campaign's are not found.
  '/(public)/campaigns/[slug]/updates.rss': {
    method: 'GET',
    url: '/campaigns/no-such-record/updates.rss',
    expected: 404,
  },
  '/(public)/campaigns/[slug]/updates.atom': {
    method: 'GET',
    url: '/campaigns/no-such-record/updates.atom',
    expected: 404,
  },
  // The feeds of the listings (RSS and Atom, the page's query): public, as a visitor sees them.
  '/(public)/library.rss': { method: 'GET', url: '/library.rss?region=africa', expected: 200 },
  '/(public)/library.atom': { method: 'GET', url: '/library.atom', expected: 200 },
  '/(public)/directory.rss': { method: 'GET', url: '/directory.rss', expected: 200 },
  '/(public)/directory.atom': { method: 'GET', url: '/directory.atom?country=KE', expected: 200 },
  '/(public)/campaigns.rss': { method: 'GET', url: '/campaigns.rss', expected: 200 },
  '/(public)/campaigns.atom': { method: 'GET', url: '/campaigns.atom', expected: 200 },
  '/(public)/search.rss': { method: 'GET', url: '/search.rss?q=early+warning', expected: 200 },
  '/(public)/search.atom': { method: 'GET', url: '/search.atom', expected: 200 },
  // A country's monitoring timeline as RSS and Atom: public; an unknown country's is not found.
  '/(public)/countries/[code]/timeline.rss': { method: 'GET', url: '/countries/ke/timeline.rss', expected: 200 },
  '/(public)/countries/[code]/timeline.atom': { method: 'GET', url: '/countries/zz/timeline.atom', expected: 404 },
  // The picture a shared link to a campaign shows: public; an unknown (or draft) campaign's is not found.
  '/(public)/campaigns/[slug]/og.png': { method: 'GET', url: '/campaigns/no-such-record/og.png', expected: 404 },
  // A campaign's counts by country: public figures; an unknown (or draft) campaign is not found.
  '/(public)/campaigns/[slug]/countries.json': {
    method: 'GET',
    url: '/campaigns/no-such-record/countries.json',
    expected: 404,
  },
  // A campaign's signers as CSV, for the staff who run it: a visitor is sent to sign in (followed: 200).
  '/(manage)/manage/campaigns/[id]/signatures.csv': {
    method: 'GET',
    url: '/manage/campaigns/no-such-record/signatures.csv',
    expected: 200,
  },
  // The directory as CSV, for admins: a visitor is sent to sign in (followed: 200).
  '/(manage)/manage/directory/export.csv': { method: 'GET', url: '/manage/directory/export.csv', expected: 200 },
  // An organisation's logo: served after the policy's check; an unknown organisation's is not found.
  '/(public)/directory/[slug]/logo': { method: 'GET', url: '/directory/no-such-record/logo', expected: 404 },
  // A campaign's image: served after the policy's check; an unknown (or draft) campaign's is not found.
  '/(public)/campaigns/[slug]/image': { method: 'GET', url: '/campaigns/no-such-record/image', expected: 404 },
  // The JSON API (lib/api): public and read-only, as a visitor sees the pages; an unknown record is
  // not found, and a bad parameter is a 400 that names it.
  '/api/v1/openapi.json': { method: 'GET', url: '/api/v1/openapi.json', expected: 200 },
  '/api/v1/search': { method: 'GET', url: '/api/v1/search?q=early+warning', expected: 200 },
  '/api/v1/organizations': { method: 'GET', url: '/api/v1/organizations?region=africa', expected: 200 },
  '/api/v1/organizations/[slug]': { method: 'GET', url: '/api/v1/organizations/no-such-record', expected: 404 },
  '/api/v1/publications': { method: 'GET', url: '/api/v1/publications?limit=101', expected: 400 },
  '/api/v1/publications/[slug]': { method: 'GET', url: '/api/v1/publications/no-such-record', expected: 404 },
  '/api/v1/campaigns': { method: 'GET', url: '/api/v1/campaigns', expected: 200 },
  '/api/v1/campaigns/[slug]': { method: 'GET', url: '/api/v1/campaigns/no-such-record', expected: 404 },
  '/api/v1/events': { method: 'GET', url: '/api/v1/events?when=all', expected: 200 },
  '/api/v1/events/[slug]': { method: 'GET', url: '/api/v1/events/no-such-record', expected: 404 },
  '/api/v1/countries': { method: 'GET', url: '/api/v1/countries?region=africa&fields=name', expected: 200 },
  '/api/v1/countries/[code]': { method: 'GET', url: '/api/v1/countries/ke', expected: 200 },
  '/api/v1/regions': { method: 'GET', url: '/api/v1/regions', expected: 200 },
  '/api/v1/regions/[slug]': { method: 'GET', url: '/api/v1/regions/no-such-record', expected: 404 },
  '/api/v1/themes': { method: 'GET', url: '/api/v1/themes?nonsense=1', expected: 400 },
  '/api/v1/themes/[slug]': { method: 'GET', url: '/api/v1/themes/no-such-record', expected: 404 },
};

function routeHandlersUnder(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      // route.tsx: a handler that draws a picture with next/og.
      else if (entry === 'route.ts' || entry === 'route.tsx')
        found.push(`/${path.relative('app', dir).split(path.sep).join('/')}`);
    }
  };
  walk(folder);
  return found;
}

test('every route handler has a row, and answers a visitor as designed', async ({ request }) => {
  const handlers = routeHandlersUnder('app').sort();
  expect(handlers).toEqual(Object.keys(routeHandlers).sort());
  for (const route of handlers) {
    const { method, url, expected } = routeHandlers[route]!;
    const response =
      method === 'GET'
        ? await request.get(url)
        : await request.post(url, { headers: { accept: 'application/json' }, data: {} });
    expect(response.status(), route).toBe(expected);
  }
});
