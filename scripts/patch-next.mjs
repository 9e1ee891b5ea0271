// `npm install` runs this after generating the Prisma client: it makes Next.js server-render the page
// of notFound(), forbidden() and unauthorized() (vercel/next.js#62228), which Next.js 16.4 leaves
// blank without JavaScript. Why, and when to remove it: docs/decisions/009-server-rendered-refusals.md.
//
// Where a page or layout throws one of them, Next.js answers with the right status but an empty
// `<html id="__next_error__">` and draws the page in the browser only. The patch renders, instead,
// the root layout around app/not-found.tsx, app/forbidden.tsx or app/unauthorized.tsx as a page,
// as Next.js itself does for a server action's notFound(). It patches exactly one pinned version and
// fails the install on any other, so an upgrade cannot silently drop or misapply it.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const patchedVersion = '16.4.6';
const marker = '/*coalition-portal:server-rendered-refusals*/';

const require = createRequire(import.meta.url);
const nextDir = path.dirname(require.resolve('next/package.json'));
const { version } = JSON.parse(readFileSync(path.join(nextDir, 'package.json'), 'utf8'));
if (version !== patchedVersion) {
  console.error(
    `scripts/patch-next.mjs: written for next@${patchedVersion}, found next@${version}. If that version ` +
      'server-renders notFound() pages (vercel/next.js#62228), delete this script and its postinstall entry; ' +
      'otherwise port the patch (docs/decisions/009-server-rendered-refusals.md).',
  );
  process.exit(1);
}

/**
 * The fallback render, in each bundle's own names: `tree` is the route's loader tree, whose root
 * segment carries the root layout and the boundary files; `type` is 'not-found', 'forbidden' or
 * 'unauthorized', the key of the boundary file. The tree it renders has the shape of Next's own
 * /_not-found route (root layout, one segment, the boundary file as its page) and is marked, so it
 * never falls back again. `render(tree)` calls the bundle's renderToStream on another tree.
 */
function fallback({ isAccessError, error, type, tree, finish, render }) {
  return (
    `${marker}if(${isAccessError}(${error})&&!${tree}.accessFallback&&${tree}[2][${type}]&&${tree}[2].layout){` +
    `let fallbackTree=["",{children:["/_"+${type},{children:["__PAGE__",{},{metadata:{},page:${tree}[2][${type}]},[]]},` +
    `{metadata:{}},[]]},${tree}[2],[]];` +
    `fallbackTree.accessFallback=!0;return ${finish}(),${render('fallbackTree')}}`
  );
}

const bundles = [
  {
    // `next start` after a Turbopack build: renderToStream is s_(requestStore e, res t, ctx r,
    // tree a, formState i, ...), the error `y`, its type `s`, finishHtmlRender `K`.
    file: 'dist/compiled/next-server/app-page-turbo.runtime.prod.js',
    anchor: 'else d||(t.statusCode=500,o.statusCode=t.statusCode);',
    code: fallback({
      isAccessError: 'e0',
      error: 'y',
      type: 's',
      tree: 'a',
      finish: 'K',
      render: (fallbackTree) => `s_(e,t,r,${fallbackTree},i,null,o,void 0,void 0,void 0)`,
    }),
  },
  {
    // `next dev` with Turbopack.
    file: 'dist/compiled/next-server/app-page-turbo.runtime.dev.js',
    anchor: 'else shouldBailoutToCSR||(res.statusCode=500,metadata.statusCode=res.statusCode);',
    code: fallback({
      isAccessError: '(0,http_access_fallback.isHTTPAccessFallbackError)',
      error: 'err',
      type: 'errorType',
      tree: 'tree',
      finish: 'finishHtmlRender',
      render: (fallbackTree) =>
        `renderToStream(requestStore,res,ctx,${fallbackTree},formState,null,metadata,void 0,void 0,void 0)`,
    }),
  },
];

for (const { file, anchor, code } of bundles) {
  const full = path.join(nextDir, file);
  const source = readFileSync(full, 'utf8');
  if (source.includes(marker)) continue;
  if (source.split(anchor).length !== 2) {
    console.error(`scripts/patch-next.mjs: the place to patch is not found exactly once in next/${file}.`);
    process.exit(1);
  }
  writeFileSync(full, source.replace(anchor, `${anchor}${code}`));
  console.log(`patched next/${file}: notFound(), forbidden() and unauthorized() pages are server-rendered`);
}
