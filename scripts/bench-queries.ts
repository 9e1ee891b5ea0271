// `npm run bench:queries` (and part of `npm run bench`): the query plans of the public pages on a large
// data set. It creates a scratch database (a new database on the local PostgreSQL server that
// BENCH_DATABASE_URL or TEST_DATABASE_URL names, else a fresh embedded PGlite folder), migrates it with
// the portal's migrator, bulk-loads 10,000 organisations and 100,000 publications (plus the regions and
// countries, campaigns and signatures) built by the seed's factories, runs VACUUM ANALYZE, then calls the
// real query functions of lib/ that the pages call. Every statement they send is captured at the pg pool
// and run again under EXPLAIN (ANALYZE, FORMAT JSON) with its parameters. It prints each statement's time
// and plan, writes bench-results/queries-<engine>.json, and exits 1 when a statement reads a large table
// (organisations, publications, their join tables) with a Seq Scan, or sorts more than a page's worth
// of its rows (see `problemsOf`). Sizes: BENCH_ORGANIZATIONS, BENCH_PUBLICATIONS. BENCH_KEEP=1 keeps the
// loaded PostgreSQL database (its URL is printed) for trying plans by hand; drop it yourself afterwards.
import type { ApiResource, ApiResourceName } from '../lib/api/queries';
import type { ApiQuery } from '../lib/api/schemas';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { embeddedPoolSize, startEmbeddedDatabase } from '../lib/database/embedded';
import { applyMigrations } from '../lib/database/migrate';
import { PrismaClient, type Prisma } from '../lib/generated/prisma/client';
import type {
  CampaignStatus,
  OrganizationStatus,
  OrganizationType,
  PublicationKind,
  PublicationStatus,
} from '../lib/generated/prisma/enums';
import type { Viewer } from '../lib/auth/policy';
import { createScratchDatabase } from '../lib/testing/scratch-database';
import { coordinator, member, visitor } from '../lib/testing/viewers';
import {
  campaignRow,
  ensureGeography,
  organizationRow,
  publicationRow,
  signatureRow,
  slugOf,
} from '../prisma/seed/factories';
import { countries } from '../prisma/seed/geography';

const sizes = {
  organizations: Number(process.env.BENCH_ORGANIZATIONS ?? 10_000),
  publications: Number(process.env.BENCH_PUBLICATIONS ?? 100_000),
  campaigns: 60,
  signaturesPerCampaign: 200,
  endorsementsPerCampaign: 20,
};

/** Tables that grow with the coalition: reading all of one, or sorting it, on a page view is a fault. */
const largeTables = new Set([
  'Organization',
  'Publication',
  '_CountryToOrganization',
  '_OrganizationToRegion',
  '_CountryToPublication',
  '_PublicationToRegion',
  '_OrganizationToTheme',
  '_PublicationToTheme',
]);
/** More rows than this fed to one Sort of a large table is a sort of the table, not of a page. */
const sortRowLimit = 1_000;
const strict = process.env.BENCH_STRICT === '1';

// ─── The scratch database ────────────────────────────────────────────────────

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const engine = serverUrl ? 'postgresql' : 'pglite';
const dataFolder = path.resolve('.data/bench-queries');
if (!serverUrl) rmSync(dataFolder, { recursive: true, force: true });
const database = serverUrl ? await createScratchDatabase(serverUrl) : await startEmbeddedDatabase(dataFolder);

const pool = new pg.Pool({ connectionString: database.url, max: serverUrl ? 4 : embeddedPoolSize });
// Dropping the scratch database at the end ends the connections still open; that is not a failure.
pool.on('error', () => {});

// Every statement the adapter sends goes through pool.query({ text, values, ... }): record them.
interface Statement {
  text: string;
  values: unknown[];
}
let recording: Statement[] | null = null;
const poolQuery = pool.query.bind(pool) as (...args: unknown[]) => unknown;
pool.query = ((...args: unknown[]) => {
  const config = args[0];
  if (recording && typeof config === 'object' && config !== null && 'text' in config) {
    const { text, values } = config as { text: string; values?: unknown[] };
    recording.push({ text, values: values ?? [] });
  }
  return poolQuery(...args);
}) as typeof pool.query;

const db = new PrismaClient({ adapter: new PrismaPg(pool) });
// lib/db.ts keeps its client on globalThis (for hot reloads): the lib queries below use this one.
(globalThis as unknown as { portalDb?: PrismaClient }).portalDb = db;
process.env.DATABASE_URL = database.url;

const seconds = (milliseconds: number) => Math.round(milliseconds / 100) / 10;

// ─── The data set ────────────────────────────────────────────────────────────

/** A small deterministic generator (mulberry32), so every run loads the same rows. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const next = random(20_261_201);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const some = <T>(items: readonly T[], min: number, max: number): T[] => {
  const count = min + Math.floor(next() * (max - min + 1));
  return [...new Set(Array.from({ length: count }, () => pick(items)))];
};
/** A value by weight: weighted([['a', 9], ['b', 1]]) is 'a' nine times in ten. */
function weighted<T>(choices: [T, number][]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = next() * total;
  for (const [value, weight] of choices) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return choices[0]![0];
}
const id = () => `c${randomBytes(12).toString('hex')}`;

const themes = [
  'early warning',
  'accountability',
  'refugees',
  'hate speech',
  'mediation',
  'human rights defenders',
  'transitional justice',
  'sexual violence',
  'children and armed conflict',
  'arms control',
  'sanctions',
  'universal jurisdiction',
  'civic space',
  'peacekeeping',
  'humanitarian access',
  'displacement',
  'genocide prevention',
  'documentation',
  'open source investigation',
  'elections',
  'climate and conflict',
  'land rights',
  'indigenous peoples',
  'minority rights',
  'press freedom',
  'digital security',
  'disinformation',
  'detention',
  'torture prevention',
  'enforced disappearances',
  'reparations',
  'memorialisation',
  'youth',
  'women peace and security',
  'faith leaders',
  'local peacebuilding',
  'regional bodies',
  'UN advocacy',
  'monitoring',
  'training',
];
const words = (
  'civilians protection prevention atrocity community report monitoring regional council violence early ' +
  'warning response mediation dialogue accountability justice court evidence witness survivor refugee camp ' +
  'border displacement humanitarian access aid local network partner coalition campaign statement policy ' +
  'brief government minister parliament resolution mandate mission peacekeeping election youth women leader ' +
  'radio media journalist archive documentation investigation satellite imagery testimony analysis risk'
).split(' ');
const text = (count: number) => Array.from({ length: count }, () => pick(words)).join(' ');
/**
 * Words the search cases look for: the vocabulary's words are each in most rows, so the titles also
 * carry one word in 40 % of rows (issue 10's "common word") and one in 0.1 % (a rare one).
 */
const commonWord = 'sahel';
const rareWord = 'kivu';
const searchWords = () => [next() < 0.4 ? commonWord : '', next() < 0.001 ? rareWord : ''].filter(Boolean).join(' ');
const organizationTypes: OrganizationType[] = ['NGO', 'ACADEMIC', 'MEDIA', 'FAITH_BASED', 'NETWORK', 'OTHER'];
const publicationKinds: PublicationKind[] = ['ARTICLE', 'REPORT', 'STATEMENT', 'JOURNAL', 'TOOLKIT', 'OTHER'];
const languages: [string, number][] = [
  ['en', 60],
  ['fr', 12],
  ['es', 12],
  ['ar', 6],
  ['pt', 4],
  ['ru', 3],
  ['sw', 3],
];
const day = 86_400_000;
const until = Date.UTC(2026, 10, 1);

async function inChunks<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += size) await insert(rows.slice(start, start + size));
}

/** Rows of an implicit many-to-many table, in one statement per 20,000 pairs. */
async function insertPairs(table: string, pairs: [string, string][]) {
  await inChunks(pairs, 20_000, (chunk) =>
    pool.query(`INSERT INTO "${table}" ("A", "B") SELECT * FROM unnest($1::text[], $2::text[])`, [
      chunk.map(([a]) => a),
      chunk.map(([, b]) => b),
    ]),
  );
}

/** Seconds each table took to load, printed and kept in the results. */
const loadSeconds: Record<string, number> = {};
async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  loadSeconds[name] = seconds(performance.now() - started);
  return result;
}

/**
 * The secondary indexes of the loaded tables, dropped before a bulk load and built again after it from
 * their own definitions (as a pg_dump restore does): building an index once is far quicker than growing
 * it row by row, above all the GIN indexes on PGlite.
 */
async function withoutSecondaryIndexes(load: () => Promise<void>) {
  const { rows } = await pool.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = 'public' AND tablename = ANY($1::text[])
       AND indexname NOT LIKE '%\\_pkey' AND indexdef NOT LIKE 'CREATE UNIQUE INDEX%'`,
    [[...largeTables, 'Signature']],
  );
  for (const { name } of rows) await pool.query(`DROP INDEX "${name}"`);
  await load();
  await timed('indexes', async () => {
    for (const { definition } of rows) await pool.query(definition);
  });
}

async function loadDataSet() {
  const regionIds = await ensureGeography(db);
  const themeIds = new Map<string, string>();
  for (const label of themes) {
    const row = await db.theme.create({ data: { slug: slugOf(label), label }, select: { id: true } });
    themeIds.set(label, row.id);
  }
  const regionOf = new Map(countries.map((country) => [country.code, regionIds.get(country.region)!]));
  const countryCodes = countries.map((country) => country.code);
  const regionIdList = [...regionIds.values()];

  const organizationIds: string[] = [];
  const organizations: Prisma.OrganizationCreateManyInput[] = [];
  const organizationCountries: [string, string][] = [];
  const organizationRegions: [string, string][] = [];
  const organizationThemes: [string, string][] = [];
  for (let index = 0; index < sizes.organizations; index += 1) {
    const organizationId = id();
    const status = weighted<OrganizationStatus>([
      ['ACTIVE', 85],
      ['LAPSED', 8],
      ['APPLIED', 7],
    ]);
    const codes = some(countryCodes, 1, 3);
    organizationIds.push(organizationId);
    organizations.push({
      ...organizationRow({
        name: `${pick(words)} ${pick(words)} ${searchWords()} ${pick(['Network', 'Institute', 'Radio', 'Centre', 'Forum'])} ${index}`,
        type: pick(organizationTypes),
        status,
        description: text(40),
        website: `https://org-${index}.example.org`,
        contactEmail: `contact@org-${index}.example.org`,
        joinedAt: status === 'APPLIED' ? null : new Date(until - next() * 15 * 365 * day),
      }),
      id: organizationId,
      ...weighted<Prisma.OrganizationCreateManyInput | object>([
        [{}, 80],
        [{ themesVisibility: 'MEMBERS' }, 10],
        [{ websiteVisibility: 'MEMBERS', contactEmailVisibility: 'MEMBERS' }, 10],
      ]),
    });
    for (const label of some(themes, 1, 4)) organizationThemes.push([organizationId, themeIds.get(label)!]);
    for (const code of codes) organizationCountries.push([code, organizationId]);
    for (const regionId of new Set(codes.map((code) => regionOf.get(code)!)))
      organizationRegions.push([organizationId, regionId]);
  }
  await timed('organizations', () => inChunks(organizations, 1_000, (data) => db.organization.createMany({ data })));
  await timed('organization countries and regions', async () => {
    await insertPairs('_CountryToOrganization', organizationCountries);
    await insertPairs('_OrganizationToRegion', organizationRegions);
    await insertPairs('_OrganizationToTheme', organizationThemes);
  });

  const publications: Prisma.PublicationCreateManyInput[] = [];
  const publicationCountries: [string, string][] = [];
  const publicationRegions: [string, string][] = [];
  const publicationThemes: [string, string][] = [];
  for (let index = 0; index < sizes.publications; index += 1) {
    const publicationId = id();
    const status = weighted<PublicationStatus>([
      ['PUBLISHED', 90],
      ['DRAFT', 4],
      ['IN_REVIEW', 3],
      ['ARCHIVED', 2],
      ['REJECTED', 1],
    ]);
    const createdAt = new Date(until - next() * 15 * 365 * day);
    const codes = some(countryCodes, 0, 2);
    publications.push({
      ...publicationRow({
        title: `${text(6)} ${searchWords()} ${index}`,
        kind: pick(publicationKinds),
        summary: text(20),
        body: text(50),
        authors: some(['A. Mensah', 'L. Fernández', 'J. Lindqvist', 'A. Okafor', 'R. Haddad', 'M. Tanaka'], 1, 2),
        publishedAt: status === 'PUBLISHED' || status === 'ARCHIVED' ? new Date(createdAt.getTime() + day) : null,
        language: weighted(languages),
        visibility: weighted([
          ['PUBLIC', 85],
          ['MEMBERS', 15],
        ]),
        status,
        organizationId: next() < 0.9 ? pick(organizationIds) : null,
      }),
      id: publicationId,
      createdAt,
    });
    for (const label of some(themes, 1, 3)) publicationThemes.push([publicationId, themeIds.get(label)!]);
    for (const code of codes) publicationCountries.push([code, publicationId]);
    const regions = new Set(codes.map((code) => regionOf.get(code)!));
    if (regions.size === 0) regions.add(pick(regionIdList));
    for (const regionId of regions) publicationRegions.push([publicationId, regionId]);
  }
  await timed('publications', () => inChunks(publications, 1_000, (data) => db.publication.createMany({ data })));
  await timed('publication countries and regions', async () => {
    await insertPairs('_CountryToPublication', publicationCountries);
    await insertPairs('_PublicationToRegion', publicationRegions);
    await insertPairs('_PublicationToTheme', publicationThemes);
  });

  const campaignRegions: [string, string][] = [];
  const campaigns: Prisma.CampaignCreateManyInput[] = [];
  const signatures: Prisma.SignatureCreateManyInput[] = [];
  for (let index = 0; index < sizes.campaigns; index += 1) {
    const campaignId = id();
    const status = weighted<CampaignStatus>([
      ['ACTIVE', 2],
      ['CLOSED', 3],
      ['DRAFT', 1],
    ]);
    campaigns.push({
      ...campaignRow({
        title: `${text(5)} campaign ${index}`,
        goal: text(15),
        body: text(120),
        targets: some(['the UN Security Council', 'the African Union', 'the European Union', 'the OAS'], 1, 2),
        startsAt: new Date(until - next() * 6 * 365 * day),
        status,
        signatureGoal: 1_000,
      }),
      id: campaignId,
    });
    for (const regionId of some(regionIdList, 1, 2)) campaignRegions.push([campaignId, regionId]);
    for (let signature = 0; signature < sizes.signaturesPerCampaign; signature += 1) {
      signatures.push(
        signatureRow(campaignId, {
          kind: 'PERSON',
          name: `Signer ${index}-${signature}`,
          email: `signer-${index}-${signature}@example.org`,
          emailConfirmedAt: next() < 0.8 ? new Date(until - next() * 365 * day) : null,
          countryCode: pick(countryCodes),
          isPublic: next() < 0.9,
        }),
      );
    }
    for (const organizationId of some(organizationIds, sizes.endorsementsPerCampaign, sizes.endorsementsPerCampaign)) {
      signatures.push(signatureRow(campaignId, { kind: 'ORGANIZATION', name: 'Endorsement', organizationId }));
    }
  }
  await timed('campaigns and signatures', async () => {
    await db.campaign.createMany({ data: campaigns });
    await insertPairs('_CampaignToRegion', campaignRegions);
    await inChunks(signatures, 2_000, (data) => db.signature.createMany({ data }));
  });
}

// ─── The pages' queries ──────────────────────────────────────────────────────

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Sort Method'?: string;
  Plans?: PlanNode[];
}

function label(node: PlanNode): string {
  const on = node['Relation Name'] ? ` on ${node['Relation Name']}` : '';
  const using = node['Index Name'] ? ` using ${node['Index Name']}` : '';
  return `${node['Node Type']}${on}${using}`;
}

/** The plan in one line: `A > B` for one child, `A(B, C)` for several. */
function outline(node: PlanNode): string {
  const children = node.Plans ?? [];
  if (children.length === 0) return label(node);
  if (children.length === 1) return `${label(node)} > ${outline(children[0]!)}`;
  return `${label(node)}(${children.map(outline).join(', ')})`;
}

const walk = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(walk)];
const rowsOut = (node: PlanNode) => (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1);

/** Each node with the node types above it. */
const withAncestors = (node: PlanNode, above: string[] = []): [PlanNode, string[]][] => [
  [node, above],
  ...(node.Plans ?? []).flatMap((child) => withAncestors(child, [...above, node['Node Type']])),
];

/**
 * Seq Scans of a large table, and Sorts fed more than sortRowLimit rows read from one. One exception,
 * listed apart as `accepted` (and a problem with BENCH_STRICT=1): a Seq Scan of a join table under an
 * Aggregate, that is a count over every row of it (the region counts). Its rows are two ids, read in
 * full; an index-only scan of the same rows costs more, and no index makes the count smaller.
 */
function problemsOf(plan: PlanNode): { problems: string[]; accepted: string[] } {
  const problems: string[] = [];
  const accepted: string[] = [];
  for (const [node, above] of withAncestors(plan)) {
    const relation = node['Relation Name'];
    if (node['Node Type'] === 'Seq Scan' && relation && largeTables.has(relation)) {
      const finding = `Seq Scan on ${relation} (${rowsOut(node)} rows)`;
      const countsAll = relation.startsWith('_') && above.includes('Aggregate');
      (countsAll && !strict ? accepted : problems).push(countsAll ? `${finding} to count all of it` : finding);
    }
    if (node['Node Type'] === 'Sort') {
      const input = (node.Plans ?? []).reduce((sum, child) => sum + rowsOut(child), 0);
      const tables = [...new Set(walk(node).flatMap((below) => below['Relation Name'] ?? []))].filter((name) =>
        largeTables.has(name),
      );
      if (input > sortRowLimit && tables.length > 0) {
        problems.push(`Sort (${node['Sort Method'] ?? '?'}) of ${input} rows of ${tables.join(', ')}`);
      }
    }
  }
  return { problems, accepted };
}

interface Case {
  page: string;
  name: string;
  run: () => Promise<unknown>;
}

async function pageCases(): Promise<Case[]> {
  const directory = await import('../lib/directory/queries');
  const library = await import('../lib/library/queries');
  const campaigns = await import('../lib/campaigns/queries');
  const regions = await import('../lib/regions/queries');
  const { apiResources } = await import('../lib/api/queries');
  const { parseDirectoryFilters } = await import('../lib/directory/schemas');
  const { parseLibraryFilters } = await import('../lib/library/schemas');
  const some = async <T>(rows: Promise<T[]>) => (await rows)[0]!;
  const organization = await some(db.organization.findMany({ where: { status: 'ACTIVE' }, take: 1, skip: 77 }));
  const publication = await some(db.publication.findMany({ where: { status: 'PUBLISHED' }, take: 1, skip: 77 }));
  const campaign = await some(db.campaign.findMany({ where: { status: 'ACTIVE' }, take: 1 }));
  const publications = await import('../lib/publications/queries');
  const africa = await db.region.findUniqueOrThrow({ where: { slug: 'africa' }, select: { id: true } });
  const admin: Viewer = {
    id: 'bench-admin',
    role: 'ADMIN',
    organizationId: null,
    organizationAdmin: false,
    coordinatorRegionIds: [],
  };
  const africaCoordinator: Viewer = { ...coordinator, coordinatorRegionIds: [africa.id] };
  const search = await import('../lib/search/queries');
  const { parseSearchFilters } = await import('../lib/search/schemas');
  const find = (filters: Record<string, string>) => parseSearchFilters(filters);
  const dir = (filters: Record<string, string>) => parseDirectoryFilters(filters);
  const lib = (filters: Record<string, string>) => parseLibraryFilters(filters);
  return [
    { page: '/', name: 'latest publications', run: () => library.listLatestPublications(visitor, 6) },
    { page: '/', name: 'active campaigns', run: () => campaigns.listActiveCampaigns(visitor) },
    { page: '/ and /regions', name: 'regions with counts', run: () => regions.listRegions(visitor) },
    { page: '/regions', name: 'regions with counts (member)', run: () => regions.listRegions(member) },
    { page: '/regions/[slug]', name: 'region page', run: () => regions.getRegion(visitor, 'africa') },
    {
      page: '/regions/[slug]',
      name: 'region page (coordinator)',
      run: () => regions.getRegion(coordinator, 'europe'),
    },
    { page: '/directory', name: 'region options', run: () => regions.listRegionOptions() },
    { page: '/directory', name: 'directory list', run: () => directory.listOrganizations(visitor, dir({})) },
    {
      page: '/directory',
      name: 'directory list, page 40',
      run: () => directory.listOrganizations(visitor, dir({ page: '40' })),
    },
    {
      page: '/directory',
      name: 'directory list (coordinator)',
      run: () => directory.listOrganizations(coordinator, dir({})),
    },
    {
      page: '/directory',
      name: 'directory by type',
      run: () => directory.listOrganizations(visitor, dir({ type: 'MEDIA' })),
    },
    {
      page: '/directory',
      name: 'directory by theme',
      run: () => directory.listOrganizations(visitor, dir({ theme: 'early-warning' })),
    },
    {
      page: '/directory',
      name: 'directory by region',
      run: () => directory.listOrganizations(visitor, dir({ region: 'europe' })),
    },
    {
      page: '/directory',
      name: 'directory by region, type and theme',
      run: () => directory.listOrganizations(visitor, dir({ region: 'africa', type: 'NGO', theme: 'mediation' })),
    },
    { page: '/directory', name: 'directory facets', run: () => directory.listDirectoryFacets(visitor, dir({})) },
    {
      page: '/directory',
      name: 'directory facets (member)',
      run: () => directory.listDirectoryFacets(member, dir({})),
    },
    {
      page: '/directory',
      name: 'directory facets within country and type',
      run: () => directory.listDirectoryFacets(visitor, dir({ country: 'KE', type: 'NGO' })),
    },
    {
      page: '/directory',
      name: 'directory by country',
      run: () => directory.listOrganizations(visitor, dir({ country: 'KE' })),
    },
    {
      page: '/directory',
      name: 'directory, newest first',
      run: () => directory.listOrganizations(visitor, dir({ sort: 'newest' })),
    },
    {
      page: '/directory',
      name: 'directory by words (40 % of rows)',
      run: () => directory.listOrganizations(visitor, dir({ q: commonWord })),
    },
    {
      page: '/directory',
      name: 'directory facets by words (40 % of rows)',
      run: () => directory.listDirectoryFacets(visitor, dir({ q: commonWord })),
    },
    {
      page: '/search',
      name: 'search, a word in 40 % of rows',
      run: () => search.searchPortal(visitor, find({ q: commonWord })),
    },
    {
      page: '/search',
      name: 'search, a word in 40 % of rows (member)',
      run: () => search.searchPortal(member, find({ q: commonWord })),
    },
    {
      page: '/search',
      name: 'search publications, a word in 40 % of rows, page 3',
      run: () => search.searchPortal(visitor, find({ q: commonWord, kind: 'publication', page: '3' })),
    },
    {
      page: '/search',
      name: 'search, a rare word',
      run: () => search.searchPortal(visitor, find({ q: rareWord })),
    },
    {
      page: '/search',
      name: 'search, a phrase and an exclusion within a country',
      run: () => search.searchPortal(visitor, find({ q: `"early warning" -${commonWord}`, country: 'KE' })),
    },
    {
      page: '/directory/[slug]',
      name: 'organisation profile',
      run: () => directory.getOrganization(visitor, organization.slug),
    },
    { page: '/library', name: 'library list', run: () => library.listPublications(visitor, lib({})) },
    { page: '/library', name: 'library list (member)', run: () => library.listPublications(member, lib({})) },
    {
      page: '/library',
      name: 'library list, page 50',
      run: () => library.listPublications(visitor, lib({ page: '50' })),
    },
    {
      page: '/library',
      name: 'library by kind',
      run: () => library.listPublications(visitor, lib({ kind: 'REPORT' })),
    },
    {
      page: '/library',
      name: 'library by theme',
      run: () => library.listPublications(visitor, lib({ theme: 'accountability' })),
    },
    {
      page: '/library',
      name: 'library by language',
      run: () => library.listPublications(visitor, lib({ language: 'fr' })),
    },
    {
      page: '/library',
      name: 'library by region',
      run: () => library.listPublications(visitor, lib({ region: 'asia-pacific' })),
    },
    {
      page: '/library',
      name: 'library by country',
      run: () => library.listPublications(visitor, lib({ country: 'KE' })),
    },
    {
      page: '/library',
      name: 'library by region and kind',
      run: () => library.listPublications(visitor, lib({ region: 'africa', kind: 'REPORT' })),
    },
    {
      page: '/library',
      name: 'library by kind, region, theme and language',
      run: () =>
        library.listPublications(
          member,
          lib({ kind: 'TOOLKIT', region: 'africa', theme: 'early-warning', language: 'en' }),
        ),
    },
    {
      page: '/library',
      name: 'library by words (40 % of rows)',
      run: () => library.listPublications(visitor, lib({ q: commonWord })),
    },
    {
      page: '/library',
      name: 'library facets by words (40 % of rows)',
      run: () => library.listLibraryFacets(visitor, lib({ q: commonWord })),
    },
    { page: '/library', name: 'library facets', run: () => library.listLibraryFacets(visitor) },
    { page: '/library', name: 'library facets (member)', run: () => library.listLibraryFacets(member) },
    {
      page: '/library',
      name: 'library facets within region and kind',
      run: () => library.listLibraryFacets(visitor, lib({ region: 'africa', kind: 'REPORT' })),
    },
    { page: '/manage/review', name: 'review queue (admin)', run: () => publications.listReviewQueue(admin) },
    {
      page: '/manage/review',
      name: 'review queue (coordinator of Africa)',
      run: () => publications.listReviewQueue(africaCoordinator),
    },
    {
      page: '/manage/publications',
      name: 'publications in review (admin)',
      run: () => publications.listManagedPublications(admin, { page: 1, status: 'IN_REVIEW' }),
    },
    {
      page: '/manage/publications',
      name: 'publications, all states (coordinator of Africa)',
      run: () => publications.listManagedPublications(africaCoordinator, { page: 1 }),
    },
    {
      page: '/library/[slug]',
      name: 'publication',
      run: () => library.getPublication(visitor, publication.slug),
    },
    { page: '/campaigns', name: 'campaigns list', run: () => campaigns.listCampaigns(visitor) },
    // The JSON API's pages of 100 records (lib/api): the first, one a cursor leads to, by a filter, and a sync.
    ...(await apiCases(apiResources)),
    {
      page: '/campaigns/[slug]',
      name: 'campaign page',
      run: () => campaigns.getCampaign(visitor, campaign.slug),
    },
  ];
}

/** A page of 100 records of each large list of the JSON API, and a later page reached by its cursor. */
async function apiCases(apiResources: Record<ApiResourceName, ApiResource<object>>): Promise<Case[]> {
  const query = (filters: Record<string, unknown> = {}, extra: Partial<ApiQuery> = {}): ApiQuery => ({
    filters,
    fields: null,
    limit: 100,
    cursor: null,
    changedSince: null,
    ...extra,
  });
  const cursorAfter = async (name: 'organizations' | 'publications', pages: number) => {
    let cursor: ApiQuery['cursor'] = null;
    for (let page = 0; page < pages; page += 1) {
      const answer = await apiResources[name].list(query({}, { cursor }));
      cursor = 'next' in answer ? answer.next : null;
    }
    return cursor;
  };
  const [publicationsCursor, organizationsCursor] = [
    await cursorAfter('publications', 5),
    await cursorAfter('organizations', 5),
  ];
  const lastYear = new Date(until - 365 * day);
  const list = (name: keyof typeof apiResources, value: ApiQuery) => () => apiResources[name].list(value);
  return [
    { page: '/api/v1/publications', name: 'API: 100 publications', run: list('publications', query()) },
    {
      page: '/api/v1/publications',
      name: 'API: 100 publications, the sixth page by its cursor',
      run: list('publications', query({}, { cursor: publicationsCursor })),
    },
    {
      page: '/api/v1/publications',
      name: 'API: 100 publications of a region and kind',
      run: list('publications', query({ region: 'africa', kind: 'REPORT' })),
    },
    {
      page: '/api/v1/publications',
      name: 'API: 100 publications changed in the last year',
      run: list('publications', query({}, { changedSince: lastYear })),
    },
    { page: '/api/v1/organizations', name: 'API: 100 organisations', run: list('organizations', query()) },
    {
      page: '/api/v1/organizations',
      name: 'API: 100 organisations, the sixth page by its cursor',
      run: list('organizations', query({}, { cursor: organizationsCursor })),
    },
    { page: '/api/v1/campaigns', name: 'API: 100 campaigns', run: list('campaigns', query()) },
  ];
}

interface StatementResult {
  sql: string;
  executionMs: number;
  planningMs: number;
  plan: string;
  problems: string[];
  accepted: string[];
  fullPlan: unknown;
}

const mainTable = (sql: string) => /FROM (?:"public"\.)?"(\w+)"/.exec(sql)?.[1] ?? '?';
const round = (ms: number) => Math.round(ms * 100) / 100;

async function explain(statement: Statement): Promise<StatementResult> {
  const result = await pool.query<{
    'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number; 'Planning Time': number }];
  }>({
    text: `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`,
    values: statement.values,
  });
  const [{ Plan: plan, 'Execution Time': executionMs, 'Planning Time': planningMs }] = result.rows[0]!['QUERY PLAN'];
  return {
    sql: statement.text,
    executionMs: round(executionMs),
    planningMs: round(planningMs),
    plan: outline(plan),
    ...problemsOf(plan),
    fullPlan: plan,
  };
}

async function measure(page: Case) {
  recording = [];
  await page.run();
  const statements = recording.filter((statement) => /^\s*(SELECT|WITH)\b/i.test(statement.text));
  recording = null;
  const times = [];
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    await page.run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const explained = [];
  for (const statement of statements) explained.push(await explain(statement));
  return { page: page.page, name: page.name, medianMs: round(times[1]!), statements: explained };
}

// ─── Run ─────────────────────────────────────────────────────────────────────

let failed = false;
try {
  const started = performance.now();
  await applyMigrations(database.url);
  const migrated = performance.now();
  await withoutSecondaryIndexes(loadDataSet);
  const loaded = performance.now();
  await pool.query('VACUUM ANALYZE');
  const analyzed = performance.now();
  const { rows } = await pool.query<{ version: string }>('SELECT version()');
  const timings = {
    migrateSeconds: seconds(migrated - started),
    loadSeconds: seconds(loaded - migrated),
    vacuumAnalyzeSeconds: seconds(analyzed - loaded),
    loadSecondsByStep: loadSeconds,
  };
  console.log(`[bench:queries] ${engine}: ${rows[0]!.version.split(' on ')[0]}`);
  console.log(
    `[bench:queries] migrate ${timings.migrateSeconds} s, load ${sizes.organizations} organisations and ` +
      `${sizes.publications} publications ${timings.loadSeconds} s, VACUUM ANALYZE ${timings.vacuumAnalyzeSeconds} s`,
  );
  console.log(`[bench:queries] load steps (s): ${JSON.stringify(loadSeconds)}`);

  const results = [];
  for (const page of await pageCases()) {
    const result = await measure(page);
    results.push(result);
    console.log(`\n${result.page}  ${result.name}: ${result.medianMs} ms (median of 3 calls)`);
    result.statements.forEach((statement, index) => {
      const flag = [
        ...statement.problems.map((problem) => `  !! ${problem}`),
        ...statement.accepted.map((finding) => `  (accepted: ${finding})`),
      ].join('');
      console.log(`  ${index + 1}. ${mainTable(statement.sql)} ${statement.executionMs} ms: ${statement.plan}${flag}`);
    });
  }

  const problems = results.flatMap((result) =>
    result.statements.flatMap((statement) =>
      statement.problems.map((problem) => `${result.name} (${mainTable(statement.sql)}): ${problem}`),
    ),
  );
  const accepted = results.flatMap((result) =>
    result.statements.flatMap((statement) =>
      statement.accepted.map((finding) => `${result.name} (${mainTable(statement.sql)}): ${finding}`),
    ),
  );
  mkdirSync('bench-results', { recursive: true });
  const file = `bench-results/queries-${engine}.json`;
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        engine,
        version: rows[0]!.version,
        sizes,
        timings,
        problems,
        accepted,
        queries: results,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\n[bench:queries] wrote ${file}`);
  if (problems.length > 0) {
    failed = true;
    console.error(`[bench:queries] ${problems.length} plans read or sort a large table:`);
    for (const problem of problems) console.error(`  ${problem}`);
  } else {
    console.log('[bench:queries] no plan reads or sorts a large table');
  }
  if (accepted.length > 0) {
    console.log(`[bench:queries] accepted, counts over a whole join table (BENCH_STRICT=1 fails them):`);
    for (const finding of accepted) console.log(`  ${finding}`);
  }
} finally {
  await db.$disconnect();
  await pool.end().catch(() => {});
  if (serverUrl && process.env.BENCH_KEEP === '1') {
    console.log(`[bench:queries] kept ${database.url}`);
  } else {
    await database.stop();
    if (!serverUrl) rmSync(dataFolder, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
