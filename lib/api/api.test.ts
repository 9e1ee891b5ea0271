// The JSON API as its routes answer it: the envelope and keyset pages (no record skipped or repeated),
// the page's filters read strictly (a bad parameter is named in a 400), `fields`, `changedSince`,
// one record by its key, the search, and what a visitor may see only: a members-only record or
// field never reaches any answer. Every record is checked against its schema, strictly.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { getCampaign } from '@/lib/campaigns/queries';
import { db } from '@/lib/db';
import { profileFieldNames } from '@/lib/directory/profile-fields';
import { getOrganization } from '@/lib/directory/queries';
import { getEvent } from '@/lib/events/queries';
import { getPublication } from '@/lib/library/queries';
import {
  createCampaign,
  createEvent,
  createOrganization,
  createPublication,
  createSignature,
  ensureReferenceData,
} from '@/prisma/seed/factories';
import { openApiDocument } from './openapi';
import { apiResourceNames, apiResources, pageFieldsLeftOut, type ApiResourceName } from './queries';
import { apiListRoute, apiRecordRoute, apiSearchRoute } from './route';

vi.hoisted(() => {
  // This file makes far more requests than a client may in a minute; limits.test.ts meets the limit.
  process.env.API_LIMIT_PER_MINUTE = '100000';
  process.env.SEARCH_LIMIT_PER_MINUTE = '100000';
});
// A request without the trusted client-address header: every request counts as one address.
vi.mock('next/headers', () => ({ headers: () => Promise.resolve(new Headers()) }));

interface ListBody {
  totalCount: number;
  totalCountIsLowerBound?: boolean;
  count: number;
  data: Record<string, unknown>[];
  links: { self: string; next: string | null };
}

interface ErrorBody {
  error: { status: number; message: string; parameters?: { name: string; problem: string }[] };
}

const lists = Object.fromEntries(apiResourceNames.map((name) => [name, apiListRoute(name)])) as Record<
  ApiResourceName,
  (request: Request) => Promise<Response>
>;

async function getList(name: ApiResourceName, query = ''): Promise<{ status: number; body: ListBody }> {
  const response = await lists[name](new Request(`http://localhost/api/v1/${name}${query}`));
  const body = (await response.json()) as ListBody;
  // Each whole record is exactly what its schema (and so the OpenAPI document) says.
  if (response.status === 200 && !query.includes('fields=')) {
    const schema: z.ZodObject = apiResources[name].record;
    for (const record of body.data) schema.parse(record);
  }
  return { status: response.status, body };
}

async function getError(name: ApiResourceName, query: string): Promise<ErrorBody['error']> {
  const response = await lists[name](new Request(`http://localhost/api/v1/${name}${query}`));
  expect(response.status, query).toBe(400);
  return ((await response.json()) as ErrorBody).error;
}

async function getOne(name: ApiResourceName, key: string, query = '') {
  const response = await apiRecordRoute(name)(new Request(`http://localhost/api/v1/${name}/${key}${query}`), {
    params: Promise.resolve({ key }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data: Record<string, unknown> } & Partial<ErrorBody>,
  };
}

/** Every record of a list, walked page by page through links.next. */
async function walk(name: ApiResourceName, query: string) {
  const seen: Record<string, unknown>[] = [];
  const totals = new Set<number>();
  let url: string | null = `http://localhost/api/v1/${name}${query}`;
  for (let pages = 0; url && pages < 50; pages += 1) {
    const response: Response = await lists[name](new Request(url));
    expect(response.status).toBe(200);
    const body = (await response.json()) as ListBody;
    totals.add(body.totalCount);
    expect(body.count).toBe(body.data.length);
    seen.push(...body.data);
    url = body.links.next;
  }
  return { seen, totals };
}

const secret = 'zqsecretvalue';
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the JSON API', () => {
  let publicOrganization = '';
  let guardedOrganization = '';

  beforeAll(async () => {
    await ensureReferenceData(db);
    for (let index = 0; index < 7; index += 1) {
      await createPublication(db, {
        title: `Walked report ${index}`,
        kind: 'REPORT',
        regions: ['africa'],
        countries: ['KE'],
        // Two share a date, so the order's later keys decide between them.
        publishedAt: new Date(Date.UTC(2025, 0, index < 2 ? 1 : index + 1)),
      });
    }
    await createPublication(db, { title: `Members brief ${secret}`, visibility: 'MEMBERS', regions: ['africa'] });
    await createPublication(db, { title: `Draft ${secret}`, status: 'DRAFT', regions: ['africa'] });
    const organization = await createOrganization(db, {
      name: 'Open Watch',
      description: 'We watch openly.',
      website: 'https://open.example.org',
      countries: ['KE'],
      themes: ['early-warning'],
    });
    publicOrganization = organization.slug;
    const guarded = await createOrganization(db, {
      name: 'Guarded Monitors',
      description: `Our ${secret} methods.`,
      contactEmail: `${secret}@example.org`,
      countries: ['TV'],
    });
    guardedOrganization = guarded.slug;
    await db.organization.update({
      where: { id: guarded.id },
      data: { descriptionVisibility: 'MEMBERS', contactEmailVisibility: 'MEMBERS', countriesVisibility: 'MEMBERS' },
    });
    await createOrganization(db, { name: `Applicant ${secret}`, status: 'APPLIED' });
    const campaign = await createCampaign(db, {
      title: 'Protect the monitors',
      goal: 'Keep the monitors safe.',
      regions: ['africa'],
      updates: [{ title: 'We met the minister', body: 'Notes.', publishedAt: new Date('2026-02-01T00:00:00Z') }],
    });
    await createSignature(db, campaign.id, { name: 'Amina', countryCode: 'KE' });
    await createSignature(db, campaign.id, { organizationId: organization.id, name: organization.name });
    await createCampaign(db, { title: `Draft campaign ${secret}`, status: 'DRAFT' });
    await createEvent(db, { title: 'Monitors meeting', regions: ['africa'], campaignId: campaign.id });
  });

  it('walks a list in keyset pages with no record skipped or repeated, newest first, members-only and drafts left out', async () => {
    const { seen, totals } = await walk('publications', '?limit=2&region=africa');
    expect([...totals]).toEqual([7]);
    const titles = seen.map((record) => record.title);
    expect(new Set(titles).size).toBe(7);
    expect(titles.slice(0, 5)).toEqual([6, 5, 4, 3, 2].map((index) => `Walked report ${index}`));
    expect(JSON.stringify(seen)).not.toContain(secret);
  });

  it('answers the envelope with absolute links, and the next page from the cursor', async () => {
    const { status, body } = await getList('publications', '?limit=3&kind=REPORT&country=ke');
    expect(status).toBe(200);
    expect(body).toMatchObject({ totalCount: 7, count: 3 });
    expect(body.links.self).toMatch(/^https?:\/\/[^/]+\/api\/v1\/publications\?limit=3&kind=REPORT&country=ke$/);
    expect(body.links.next).toMatch(/[?&]cursor=[A-Za-z0-9_-]+/);
    expect(body.data[0]).toMatchObject({ kind: 'REPORT', countries: [{ code: 'KE', name: 'Kenya' }] });
    expect(body.data[0]!.url).toMatch(/^https?:\/\/[^/]+\/library\/walked-report-6$/);
  });

  it('names each bad parameter in a 400 instead of ignoring it', async () => {
    expect((await getError('publications', '?regoin=africa')).parameters).toEqual([
      expect.objectContaining({ name: 'regoin' }),
    ]);
    for (const query of ['?limit=0', '?limit=101', '?limit=ten']) {
      expect((await getError('publications', query)).parameters?.map((problem) => problem.name)).toEqual(['limit']);
    }
    const error = await getError('publications', '?kind=NOVEL&country=KEN&region=Not%20a%20slug');
    expect(error.parameters?.map((problem) => problem.name).sort()).toEqual(['country', 'kind', 'region']);
    expect(error.message).toContain('kind');
    const fields = (await getError('organizations', '?fields=name,password')).parameters?.[0];
    expect(fields?.name).toBe('fields');
    expect(fields?.problem).toContain('unknown password');
    expect((await getError('publications', '?cursor=not-ours')).parameters?.[0]?.name).toBe('cursor');
    expect((await getError('events', '?changedSince=yesterday')).parameters?.[0]?.name).toBe('changedSince');
    expect((await getError('themes', '?region=africa')).parameters?.[0]?.name).toBe('region');
    // A state a visitor never sees is not a filter value either.
    expect((await getError('campaigns', '?status=DRAFT')).parameters?.[0]?.name).toBe('status');
    expect((await getList('campaigns', '?status=ACTIVE')).body.totalCount).toBe(1);
    expect((await getError('publications', '?kind=REPORT&kind=TOOLKIT')).parameters?.[0]?.problem).toBe(
      'given more than once',
    );
    // A cursor of one list or order is refused by another.
    const campaigns = await getList('countries', '?limit=1');
    const cursor = new URL(campaigns.body.links.next!).searchParams.get('cursor')!;
    expect((await getError('publications', `?cursor=${cursor}`)).parameters?.[0]?.name).toBe('cursor');
  });

  it('names limit or cursor given to one record in a 400, as any parameter it does not take', async () => {
    for (const query of ['?limit=5', '?limit=ten', '?cursor=not-ours', '?fields=website&limit=5']) {
      const { status, body } = await getOne('organizations', publicOrganization, query);
      expect(status, query).toBe(400);
      const parameter = query.includes('limit') ? 'limit' : 'cursor';
      expect(body.error?.message, query).toBe(`Bad parameter: ${parameter}.`);
      expect(body.error?.parameters, query).toEqual([
        { name: parameter, problem: expect.stringContaining('unknown parameter') as string },
      ]);
    }
  });

  it('returns only the asked fields, and the key always', async () => {
    const { body } = await getList('publications', '?fields=title,kind&limit=1');
    expect(Object.keys(body.data[0]!)).toEqual(['slug', 'title', 'kind']);
    const { body: one } = await getOne('organizations', publicOrganization, '?fields=website');
    expect(one.data).toEqual({ slug: publicOrganization, website: 'https://open.example.org' });
  });

  it('lists what changed since a time, the least recently changed first, in every resource that changes', async () => {
    const before = new Date();
    await pause();
    await db.publication.update({ where: { slug: 'walked-report-1' }, data: { summary: 'Revised.' } });
    await pause();
    await db.publication.update({ where: { slug: 'walked-report-4' }, data: { summary: 'Revised too.' } });
    const { body } = await getList('publications', `?changedSince=${before.toISOString()}`);
    expect(body.data.map((record) => record.slug)).toEqual(['walked-report-1', 'walked-report-4']);
    const later = await getList(
      'publications',
      `?changedSince=${encodeURIComponent(body.data[1]!.updatedAt as string)}`,
    );
    expect(later.body.data.map((record) => record.slug)).toEqual(['walked-report-4']);
    const words = await getError('publications', `?q=report&changedSince=${before.toISOString()}`);
    expect(words.parameters?.[0]?.name).toBe('changedSince');
  });

  it('never hands a visitor a members-only field, record or country, in any list, record or search', async () => {
    const { body } = await getList('organizations');
    const guarded = body.data.find((record) => record.slug === guardedOrganization)!;
    expect(guarded).toMatchObject({ description: '', contactEmail: null, countries: [] });
    expect(guarded.hiddenFields).toEqual(['description', 'contactEmail', 'countries']);
    // Filtering by a country it keeps for members does not reveal it either.
    expect((await getList('organizations', '?country=TV')).body.totalCount).toBe(0);
    const answers = [
      JSON.stringify(body),
      JSON.stringify((await getOne('organizations', guardedOrganization)).body),
      ...(await Promise.all(
        apiResourceNames.map(async (name) => JSON.stringify((await getList(name, '?limit=100')).body)),
      )),
      // The search's own address names the words, so only its records are read.
      JSON.stringify(
        ((await (await apiSearchRoute(new Request(`http://localhost/api/v1/search?q=${secret}`))).json()) as ListBody)
          .data,
      ),
    ];
    for (const answer of answers) expect(answer).not.toContain(secret);
    expect((await getOne('publications', `members-brief-${secret}`)).status).toBe(404);
    expect((await getOne('publications', `draft-${secret}`)).status).toBe(404);
    expect((await getOne('campaigns', `draft-campaign-${secret}`)).status).toBe(404);
    expect((await getOne('organizations', `applicant-${secret}`)).status).toBe(404);
  });

  it('carries every public field of the pages, and nothing a visitor does not see there', async () => {
    const pageReads = {
      organizations: getOrganization(null, publicOrganization),
      publications: getPublication(null, 'walked-report-3'),
      campaigns: getCampaign(null, 'protect-the-monitors'),
      events: getEvent(null, 'monitors-meeting'),
    };
    for (const [name, read] of Object.entries(pageReads) as [
      keyof typeof pageReads,
      (typeof pageReads)[keyof typeof pageReads],
    ][]) {
      const page = await read;
      if (!page.ok) throw new Error(`${name}: the page's read failed`);
      const pageFields = Object.keys(page.data);
      const { body } = await getOne(name, String(page.data.slug));
      const apiFields = Object.keys(body.data);
      const leftOut = Object.keys(pageFieldsLeftOut[name]);
      // Every field of the page is in the API, or left out for a written reason.
      expect(
        pageFields.filter((field) => !apiFields.includes(field) && !leftOut.includes(field)),
        name,
      ).toEqual([]);
      // The API adds only addresses and times of change to what the page shows.
      const added = apiFields.filter((field) => !pageFields.includes(field));
      expect(
        added.filter((field) => !/Url$|^url$|^updatedAt$/.test(field)),
        name,
      ).toEqual([]);
      // The values the page and the API share are the same.
      const shared = pageFields.filter(
        (each) => apiFields.includes(each) && typeof body.data[each] === 'string' && !each.endsWith('Url'),
      );
      for (const field of shared) {
        const value: unknown = (page.data as Record<string, unknown>)[field];
        expect(body.data[field], `${name}.${field}`).toBe(value instanceof Date ? value.toISOString() : value);
      }
    }
    // Each organisation profile field reaches the API, whatever fields are declared.
    const { body } = await getOne('organizations', publicOrganization);
    for (const field of profileFieldNames) expect(body.data).toHaveProperty(field);
  });

  it('answers one record by its key, and 404 for an unknown one', async () => {
    const { status, body } = await getOne('campaigns', 'protect-the-monitors');
    expect(status).toBe(200);
    expect(body.data).toMatchObject({
      signatureCount: 1,
      endorsementCount: 1,
      updates: [{ title: 'We met the minister', body: 'Notes.', publishedAt: '2026-02-01T00:00:00.000Z' }],
      endorsements: [{ tier: 'ENDORSE', isLead: false, organization: { name: 'Open Watch' } }],
    });
    expect((await getOne('countries', 'ke')).body.data).toMatchObject({ code: 'KE', region: { slug: 'africa' } });
    expect((await getOne('events', 'monitors-meeting')).body.data).toMatchObject({
      campaign: { slug: 'protect-the-monitors' },
    });
    expect((await getOne('regions', 'no-such-region')).status).toBe(404);
    const unknownCountry = await getOne('countries', 'zz');
    expect(unknownCountry.status).toBe(404);
    expect(unknownCountry.body.error?.message).toBe('No such country.');
    // A hostile key (a NUL byte PostgreSQL would refuse, a path, markup) names no record: 404, never a 500.
    for (const key of ['a\u0000b', '../../etc/passwd', '<script>', 'x'.repeat(300)]) {
      expect((await getOne('organizations', key)).status).toBe(404);
      expect((await getOne('publications', key)).status).toBe(404);
    }
  });

  it('searches every kind in order, pages through the hits, and refuses a search without words', async () => {
    const search = async (query: string) => {
      const response = await apiSearchRoute(new Request(`http://localhost/api/v1/search${query}`));
      return { status: response.status, body: (await response.json()) as ListBody };
    };
    const { body } = await search('?q=monitors');
    expect(body.data.map((hit) => hit.kind)).toEqual(['organization', 'campaign', 'event']);
    expect(body.data[0]).toMatchObject({ slug: guardedOrganization, kind: 'organization' });
    expect(body.data[1]!.snippet).toEqual(expect.arrayContaining([{ text: 'monitors', matched: true }]));
    const first = await search('?q=monitors&limit=2');
    expect(first.body.data.map((hit) => hit.kind)).toEqual(['organization', 'campaign']);
    const second = await search(`?${new URL(first.body.links.next!).searchParams.toString()}`);
    expect(second.body.data.map((hit) => hit.kind)).toEqual(['event']);
    expect(second.body.links.next).toBeNull();
    expect((await search('?q=report&kind=publication&limit=100')).body.totalCount).toBe(7);
    const missing = await search('?kind=publication');
    expect(missing.status).toBe(400);
  });

  it('writes stored text so it never reads as markup, and parses back to the text', async () => {
    const label = '<script>alert("t&c")</script>';
    await db.theme.create({ data: { slug: 'markup-theme', label } });
    const response = await apiRecordRoute('themes')(new Request('http://localhost/api/v1/themes/markup-theme'), {
      params: Promise.resolve({ slug: 'markup-theme' }),
    });
    const text = await response.text();
    expect(text).not.toMatch(/[<>&]/);
    expect((JSON.parse(text) as { data: { label: string } }).data.label).toBe(label);
  });

  it('describes every list, its filters and its records in an OpenAPI 3.1 document', () => {
    const document = openApiDocument() as {
      openapi: string;
      paths: Record<string, { get: { parameters: { name: string }[] } }>;
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    expect(document.openapi).toBe('3.1.0');
    for (const name of apiResourceNames) {
      const resource = apiResources[name];
      const parameters = document.paths[`/${name}`]!.get.parameters.map((parameter) => parameter.name);
      expect(parameters).toEqual(
        expect.arrayContaining([...Object.keys(resource.filters), 'fields', 'limit', 'cursor']),
      );
      expect(document.paths[`/${name}/{${resource.key}}`]).toBeDefined();
    }
    expect(Object.keys(document.components.schemas.Organization!.properties)).toEqual(
      Object.keys(apiResources.organizations.record.shape),
    );
    expect(document.paths['/search']).toBeDefined();
  });
});
