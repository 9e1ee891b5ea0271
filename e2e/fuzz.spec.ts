// Hostile input at every door, found by itself: every page in app/ (as a visitor, a new member and a
// newly signed-in admin), every form those pages render (server actions and GET filters alike), and
// every route handler in app/api. Each gets hostile values: overlong strings, NUL and invalid
// UTF-8, HTML and script, SQL fragments, path traversal, wrong types, and malformed server-action
// payloads. The portal must answer every one with less than 500, render no stored script, and write
// nothing outside its database and mail outbox. A new page, form or route is fuzzed without
// anyone adding it here; the counts are printed (and attached to the report).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { demoAccounts, demoPassword } from '../prisma/seed';
import type { APIRequestContext, Browser } from '@playwright/test';

const dataFolder = process.env.E2E_DATA_DIR ?? '.data/e2e';
const admin = demoAccounts.find((account) => account.role === 'ADMIN')!;

/** What a stored script would look like if it came back unescaped. */
const scriptMarker = '<script>window.__fuzzed=1</script>';
const handlerMarker = '<img src=x onerror=window.__fuzzed=1>';

/** Hostile text values (each a Buffer: some are not valid UTF-8). */
const hostileValues: Buffer[] = [
  'a'.repeat(200_000),
  '\u0000',
  'Ana\u0000Quispe',
  scriptMarker,
  handlerMarker,
  'javascript:alert(1)',
  "' OR 1=1 --",
  `'; DROP TABLE "Member"; --`,
  '../../../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '-1',
  '1e309',
  '99999999999999999999999',
  'NaN',
  '{"$ne":null}',
  '[object Object]',
  'a\r\nSet-Cookie: fuzzed=1',
  '\u202egnp.exe',
  '💥'.repeat(2_000),
].map((value) => Buffer.from(value, 'utf8'));
hostileValues.push(Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe]));

// ─── Finding the pages, forms and route handlers ─────────────────────────────

function filesUnder(folder: string, name: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry === name) found.push(dir);
    }
  };
  walk(folder);
  return found;
}

/** app/(public)/directory/[slug] -> /directory/[slug] (route groups dropped). */
const routeOf = (dir: string) =>
  `/${path
    .relative('app', dir)
    .split(path.sep)
    .filter((part) => !part.startsWith('('))
    .join('/')}`.replace(/\/$/, '') || '/';

// The visitor copies (app/(visitor)) are reached only through the public routes.
const pageRoutes = filesUnder('app', 'page.tsx')
  .filter((dir) => !dir.includes('(visitor)'))
  .map(routeOf)
  .sort();
// Route handlers are route.ts, or route.tsx when they draw a picture (next/og).
const routeHandlerFiles = [...filesUnder('app', 'route.ts'), ...filesUnder('app', 'route.tsx')];
const routeHandlers = routeHandlerFiles.map(routeOf).sort();
/**
 * The handlers that take a POST (they export one), read off their source. The others are sent one
 * POST each, which Next answers 405 without running any of their code, instead of every hostile body.
 */
const postingRoutes = new Set(
  routeHandlerFiles
    .filter((dir) => {
      const file = path.join(dir, existsSync(path.join(dir, 'route.ts')) ? 'route.ts' : 'route.tsx');
      return /export\s+(async\s+function|function|const)\s+POST\b|export\s+(const\s+)?\{[^}]*\bPOST\b/.test(
        readFileSync(file, 'utf8'),
      );
    })
    .map(routeOf),
);

interface FoundForm {
  page: string;
  method: string;
  action: string;
  enctype: string;
  fields: Array<{ name: string; value: string; type: string }>;
  signature: string;
}

/** A real address for a route with a [segment], taken from a link on the page above it. */
async function realPath(request: APIRequestContext, route: string): Promise<string | null> {
  if (!route.includes('[')) return route;
  const parent = route.slice(0, route.lastIndexOf('/')) || '/';
  if (parent.includes('[')) return null;
  const html = await (await request.get(parent)).text();
  const pattern = new RegExp(`href="(${route.replace(/\[[^\]]+\]/g, '[^"/?#]+').replace(/\//g, '\\/')})"`);
  return pattern.exec(html)?.[1] ?? route.replace(/\[[^\]]+\]/g, 'no-such-record');
}

/** The forms of a page as the server sends it (JavaScript off: what a script can post, too). */
async function formsOn(
  browser: Browser,
  storageState: Awaited<ReturnType<APIRequestContext['storageState']>>,
  url: string,
) {
  const context = await browser.newContext({ javaScriptEnabled: false, storageState });
  const page = await context.newPage();
  const response = await page.goto(url);
  const forms = (await page.$$eval('form', (elements) =>
    elements.map((form) => ({
      method: (form.getAttribute('method') ?? 'get').toLowerCase(),
      action: form.getAttribute('action') ?? '',
      enctype: form.getAttribute('enctype') ?? 'application/x-www-form-urlencoded',
      fields: [...form.querySelectorAll('input, textarea, select, button[name]')].map((field) => ({
        name: field.getAttribute('name') ?? '',
        value: (field as HTMLInputElement).value ?? '',
        type: (field.getAttribute('type') ?? field.tagName).toLowerCase(),
      })),
    })),
  )) as Omit<FoundForm, 'page' | 'signature'>[];
  await context.close();
  return {
    status: response?.status() ?? 0,
    forms: forms.map((form) => ({
      ...form,
      page: url,
      fields: form.fields.filter((field) => field.name !== ''),
      // The same form on many pages (the header's) is fuzzed once.
      signature: `${form.method} ${form.fields
        .map((field) =>
          field.name.startsWith('$ACTION_ID_') ? field.name : field.name.replace(/^\$ACTION_\d+:\d+$/, ''),
        )
        .sort()
        .join(',')}`,
    })),
  };
}

// ─── Sending ──────────────────────────────────────────────────────────────────

/** A multipart body built by hand, so a value can be any bytes and the framing can be broken. */
function multipart(parts: Array<[string, Buffer]>, boundary = `----fuzz${Date.now().toString(36)}`) {
  const chunks: Buffer[] = [];
  for (const [name, value] of parts) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
      value,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

const isFraming = (name: string) => name.startsWith('$ACTION_');

interface Tally {
  sent: number;
  /** Connections reset before an answer, each sent again once (a second reset fails the test). */
  resets: number;
  status4xx: number;
  status5xx: string[];
}

async function send(tally: Tally, label: string, call: () => ReturnType<APIRequestContext['fetch']>) {
  let response;
  try {
    response = await call();
  } catch (error) {
    if (!String(error).includes('ECONNRESET')) throw error;
    tally.resets += 1;
    response = await call();
  }
  tally.sent += 1;
  const status = response.status();
  if (status >= 500) tally.status5xx.push(`${status} ${label}`);
  else if (status >= 400) tally.status4xx += 1;
  const text = await response.text();
  expect(text.includes(scriptMarker) || text.includes(handlerMarker), `stored script echoed by ${label}`).toBe(false);
}

/**
 * Every hostile value in every field at once (so no post is a valid change), then malformed
 * server-action calls: broken `$ACTION_*` framing and multipart bodies reach Next.js's own decoder
 * (answered 400 by scripts/patch-next.mjs, docs/decisions/015-malformed-action-posts.md).
 */
async function fuzzForm(request: APIRequestContext, tally: Tally, form: FoundForm) {
  const url = form.action && form.action !== '' ? new URL(form.action, `http://x${form.page}`).pathname : form.page;
  const userFields = form.fields.filter((field) => !isFraming(field.name));
  const framing = form.fields.filter((field) => isFraming(field.name));
  for (const value of hostileValues) {
    const label = `${form.method.toUpperCase()} ${url} [${userFields.map((f) => f.name).join(',')}] = ${value.toString('utf8').slice(0, 30)}`;
    if (form.method === 'get') {
      const query = userFields
        .map((field) => `${encodeURIComponent(field.name)}=${encodeURIComponent(value.toString('latin1'))}`)
        .join('&');
      await send(tally, label, () => request.get(`${url}?${query}`, { maxRedirects: 0 }));
      continue;
    }
    const parts: Array<[string, Buffer]> = [
      ...framing.map((field) => [field.name, Buffer.from(field.value)] as [string, Buffer]),
      ...userFields.map((field) => [field.name, value] as [string, Buffer]),
      // The same field twice: an array where the schema expects one value.
      ...userFields.slice(0, 1).map((field) => [field.name, value] as [string, Buffer]),
    ];
    const { body, contentType } = multipart(parts);
    await send(tally, label, () =>
      request.post(url, { headers: { 'content-type': contentType }, data: body, maxRedirects: 0 }),
    );
  }
  if (form.method === 'get' || framing.length === 0) return;

  // Malformed server-action payloads: the framing itself is hostile.
  const actionId = framing.find((field) => field.name.startsWith('$ACTION_ID_'))?.name.slice('$ACTION_ID_'.length);
  /** A call as Next's client makes it (an action id header, a text body), here with hostile parts. */
  const fetchStyleCall = (id: string, data: string) => () =>
    request.post(url, {
      headers: { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
      data,
      maxRedirects: 0,
    });
  const malformed: Array<[string, () => ReturnType<APIRequestContext['fetch']>]> = [
    ...framing.map((field): [string, () => ReturnType<APIRequestContext['fetch']>] => {
      const { body, contentType } = multipart([
        ...framing.map(
          (other) =>
            [other.name, Buffer.from(other === field ? '{"__proto__":{"x":1},"id":' : other.value)] as [string, Buffer],
        ),
      ]);
      return [
        `${field.name} broken`,
        () => request.post(url, { headers: { 'content-type': contentType }, data: body, maxRedirects: 0 }),
      ];
    }),
    [
      'unknown action id',
      () => {
        const { body, contentType } = multipart([
          ['$ACTION_ID_0123456789abcdef0123456789abcdef01234567', Buffer.from('')],
        ]);
        return request.post(url, { headers: { 'content-type': contentType }, data: body, maxRedirects: 0 });
      },
    ],
    [
      'broken multipart framing',
      () =>
        request.post(url, {
          headers: { 'content-type': 'multipart/form-data; boundary=nothing-like-it' },
          data: Buffer.from('--other\r\nContent-Disposition: form-data; name="x"\r\n\r\nno end'),
          maxRedirects: 0,
        }),
    ],
    ['fetch-style action call with a malformed body', fetchStyleCall(actionId ?? 'x', '[{"a":')],
    ['fetch-style action call with a garbage action id', fetchStyleCall('../../etc/passwd', '[]')],
    [
      'fetch-style action call with wrong argument types',
      fetchStyleCall(actionId ?? 'x', JSON.stringify([42, ['nested', { deep: null }], 'x'.repeat(10_000)])),
    ],
  ];
  for (const [label, call] of malformed) await send(tally, `${url} ${label}`, call);
}

/** Route handlers: GET and POST with hostile path segments, and hostile bodies where a POST is handled. */
async function fuzzRouteHandler(request: APIRequestContext, tally: Tally, route: string) {
  const urls = route.includes('[')
    ? hostileValues
        .slice(0, 12)
        .map((value) => route.replace(/\[[^\]]+\]/g, encodeURIComponent(value.toString('utf8').slice(0, 200))))
    : [route];
  for (const url of urls) {
    await send(tally, `GET ${url}`, () => request.get(url, { maxRedirects: 0 }));
    if (!postingRoutes.has(route)) {
      await send(tally, `POST ${url} (no POST handler)`, () =>
        request.post(url, { headers: { 'content-type': 'application/json' }, data: '{"email":', maxRedirects: 0 }),
      );
      continue;
    }
    for (const value of hostileValues) {
      const text = value.toString('latin1');
      await send(tally, `POST ${url} form`, () =>
        request.post(url, {
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          data: `email=${encodeURIComponent(text)}&password=${encodeURIComponent(text)}&callbackUrl=${encodeURIComponent(text)}&csrfToken=${encodeURIComponent(text)}`,
          maxRedirects: 0,
        }),
      );
    }
    for (const body of ['{"email":', '[]', 'null', '{"email":{"$gt":""},"password":[1,2]}', '"just a string"']) {
      await send(tally, `POST ${url} json ${body}`, () =>
        request.post(url, {
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          data: body,
          maxRedirects: 0,
        }),
      );
    }
  }
}

const storedFile = /^files\/([0-9a-f]{2})\/\1[0-9a-f]{30}(\.json)?$/;

/** Every file the portal wrote in its data folder, but for the database, the mail outbox and stored files. */
function filesOutsideDatabase(): string[] {
  const ignored = new Set(['pglite', 'outbox', 'sessions']);
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (dir === dataFolder && ignored.has(entry)) continue;
      if (statSync(full).isDirectory()) walk(full);
      // A file a form stored on purpose (an attachment) sits in the store's own layout, under a
      // random key (lib/storage/local.ts); anything else, there or elsewhere, is a stray file.
      else if (!storedFile.test(path.relative(dataFolder, full).split(path.sep).join('/')))
        found.push(path.relative(dataFolder, full));
    }
  };
  walk(dataFolder);
  return found.sort();
}

test('hostile input at every page, form and route handler: never a 5xx, no stored script, no stray file', async ({
  browser,
  playwright,
  baseURL,
  newMember,
}) => {
  // Bounded, but long: every page, form and route handler for each viewer (3 minutes alone on 2 cores).
  test.setTimeout(600_000);
  const filesBefore = filesOutsideDatabase();
  const tally: Tally = { sent: 0, resets: 0, status4xx: 0, status5xx: [] };

  // A visitor, a member made for this test, and a new admin session (not the one other tests share,
  // which a form of /account could end).
  const visitor = await playwright.request.newContext({ baseURL });
  const member = newMember.context.request;
  const staff = await playwright.request.newContext({ baseURL });
  const signedIn = await staff.post('/api/sign-in', {
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    data: { email: admin.email, password: demoPassword },
  });
  expect(signedIn.ok()).toBe(true);

  const viewers = [
    { name: 'visitor', request: visitor, routes: pageRoutes.filter((route) => !/^\/(account|manage)/.test(route)) },
    { name: 'member', request: member, routes: pageRoutes.filter((route) => route.startsWith('/account')) },
    { name: 'admin', request: staff, routes: pageRoutes.filter((route) => route.startsWith('/manage')) },
  ];
  const fuzzed = new Set<string>();
  let formCount = 0;
  let pageCount = 0;
  for (const viewer of viewers) {
    const state = await viewer.request.storageState();
    for (const route of viewer.routes) {
      const url = await realPath(viewer.request, route);
      if (!url) continue;
      pageCount += 1;
      // The page itself, with hostile values in a query string it might read.
      for (const value of hostileValues.slice(1, 12)) {
        const text = encodeURIComponent(value.toString('utf8'));
        await send(tally, `GET ${url}?…=${text.slice(0, 20)}`, () =>
          viewer.request.get(`${url}?q=${text}&page=${text}&region=${text}&callbackUrl=${text}&sort=${text}`, {
            maxRedirects: 0,
          }),
        );
      }
      const { forms } = await formsOn(browser, state, url);
      for (const form of forms) {
        // A post with no field of its own (signing out) takes no input to fuzz, and any post that
        // names its action, however broken the rest, would end this viewer's session.
        if (form.method === 'post' && form.fields.every((field) => isFraming(field.name))) continue;
        const key = `${viewer.name} ${form.signature}`;
        if (fuzzed.has(key)) continue;
        fuzzed.add(key);
        formCount += 1;
        await fuzzForm(viewer.request, tally, form);
      }
    }
  }
  for (const route of routeHandlers) await fuzzRouteHandler(visitor, tally, route);

  // Nothing stored comes back as markup, on any page any viewer opens.
  for (const viewer of viewers) {
    for (const route of viewer.routes) {
      const url = await realPath(viewer.request, route);
      if (!url) continue;
      const html = await (await viewer.request.get(url)).text();
      expect(html.includes(scriptMarker) || html.includes(handlerMarker), `stored script on ${url}`).toBe(false);
    }
  }
  expect(filesOutsideDatabase(), 'files written outside the database and the outbox').toEqual(filesBefore);

  const summary = `${tally.sent} requests to ${pageCount} pages, ${formCount} forms and ${routeHandlers.length} route handlers (${postingRoutes.size} taking POSTs): ${tally.status4xx} answered 4xx, ${tally.status5xx.length} answered 5xx, ${tally.resets} connection resets sent again`;
  console.log(`[fuzz] ${summary}`);
  test.info().annotations.push({ type: 'fuzz', description: summary });
  expect(tally.status5xx, 'requests answered with 5xx').toEqual([]);
  await visitor.dispose();
  await staff.dispose();
});
