// `npm install` runs this after generating the Prisma client. It makes two changes to Next.js's
// server bundles, each at one place:
//
// 1. Server-rendered refusals: Next.js server-renders the page of notFound(), forbidden() and
//    unauthorized() (vercel/next.js#62228), which Next.js 16.4 leaves blank without JavaScript.
//    Why, and when to remove it: docs/decisions/009-server-rendered-refusals.md.
//    Where a page or layout throws one of them, Next.js answers with the right status but an empty
//    `<html id="__next_error__">` and draws the page in the browser only. The patch renders,
//    instead, the root layout around app/not-found.tsx, app/forbidden.tsx or app/unauthorized.tsx
//    as a page, as Next.js itself does for a server action's notFound().
// 2. Malformed form posts answer 400: a multipart body that does not parse, or server-action
//    framing that React's decodeAction cannot read (a broken `$ACTION_1:1`), was a 500 before any
//    portal code ran. Why: docs/decisions/015-malformed-action-posts.md.
//
// It patches exactly one pinned version and fails the install on any other, so an upgrade cannot
// silently drop or misapply it.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const patchedVersion = '16.4.6';
const refusalsMarker = '/*coalition-portal:server-rendered-refusals*/';
const malformedMarker = '/*coalition-portal:malformed-action-400*/';

const require = createRequire(import.meta.url);
const nextDir = path.dirname(require.resolve('next/package.json'));
const { version } = JSON.parse(readFileSync(path.join(nextDir, 'package.json'), 'utf8'));
if (version !== patchedVersion) {
  console.error(
    `scripts/patch-next.mjs: written for next@${patchedVersion}, found next@${version}. For each patch, ` +
      'drop it if that version does the same by itself, otherwise port it ' +
      '(docs/decisions/009-server-rendered-refusals.md, docs/decisions/015-malformed-action-posts.md).',
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
    `${refusalsMarker}if(${isAccessError}(${error})&&!${tree}.accessFallback&&${tree}[2][${type}]&&${tree}[2].layout){` +
    `let fallbackTree=["",{children:["/_"+${type},{children:["__PAGE__",{},{metadata:{},page:${tree}[2][${type}]},[]]},` +
    `{metadata:{}},[]]},${tree}[2],[]];` +
    `fallbackTree.accessFallback=!0;return ${finish}(),${render('fallbackTree')}}`
  );
}

/**
 * The answer to a malformed post, in each bundle's own names: `refuse` is the action handler's
 * handleUnrecognizedAction, which answers a plain-text "Invalid Server Actions request." with the
 * status given, as Next.js already does for an unknown action id.
 */
const invalidRequest = (refuse) => `${refuse}(Error("Invalid Server Actions request."),400)`;

/**
 * A multipart body that does not parse: undici's formData() throws a TypeError ("Failed to parse
 * body as FormData."). Anything else (Next's own 413 for a body over its limit) is rethrown as before.
 */
const unparseableBody = ({ error, abort, refuse }) =>
  `catch(${error}){${malformedMarker}if(${abort},${error} instanceof TypeError)return ${invalidRequest(refuse)};throw ${error}}`;

/**
 * decodeAction reads the action's id and bound arguments from the `$ACTION_*` fields; when they are
 * not what React wrote (broken JSON, a wrong shape), it throws before the action runs, so the
 * request is malformed, not a fault of the portal. An action's own errors happen later and stay 500.
 */
const undecodableAction = ({ action, decode, refuse }) =>
  `let ${action};${malformedMarker}try{${action}=await ${decode}}catch{return ${invalidRequest(refuse)}}`;

const patches = [
  {
    // `next start` after a Turbopack build: renderToStream is s_(requestStore e, res t, ctx r,
    // tree a, formState i, ...), the error `y`, its type `s`, finishHtmlRender `K`.
    file: 'dist/compiled/next-server/app-page-turbo.runtime.prod.js',
    marker: refusalsMarker,
    anchor: 'else d||(t.statusCode=500,o.statusCode=t.statusCode);',
    replacement: (anchor) =>
      anchor +
      fallback({
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
    marker: refusalsMarker,
    anchor: 'else shouldBailoutToCSR||(res.statusCode=500,metadata.statusCode=res.statusCode);',
    replacement: (anchor) =>
      anchor +
      fallback({
        isAccessError: '(0,http_access_fallback.isHTTPAccessFallbackError)',
        error: 'err',
        type: 'errorType',
        tree: 'tree',
        finish: 'finishHtmlRender',
        render: (fallbackTree) =>
          `renderToStream(requestStore,res,ctx,${fallbackTree},formState,null,metadata,void 0,void 0,void 0)`,
      }),
  },
  {
    // The MPA action path: the polyfilled `fakeRequest.formData()` is `r.formData()`, its abort
    // controller `n`, handleUnrecognizedAction `E`.
    file: 'dist/compiled/next-server/app-page-turbo.runtime.prod.js',
    marker: `${malformedMarker}if(n.abort()`,
    anchor: 'r.formData()])}catch(e){throw n.abort(),e}',
    replacement: () => `r.formData()])}${unparseableBody({ error: 'e', abort: 'n.abort()', refuse: 'E' })}`,
  },
  {
    file: 'dist/compiled/next-server/app-page-turbo.runtime.dev.js',
    marker: `${malformedMarker}if(abortController.abort()`,
    anchor: 'fakeRequest.formData()])}catch(err){throw abortController.abort(),err}',
    replacement: () =>
      `fakeRequest.formData()])}${unparseableBody({ error: 'err', abort: 'abortController.abort()', refuse: 'handleUnrecognizedAction' })}`,
  },
  {
    // decodeAction is `o`, the form data `e`, the server module map `w`.
    file: 'dist/compiled/next-server/app-page-turbo.runtime.prod.js',
    marker: `${malformedMarker}try{a=`,
    anchor: 'let a=await o(e,w);',
    replacement: () => undecodableAction({ action: 'a', decode: 'o(e,w)', refuse: 'E' }),
  },
  {
    file: 'dist/compiled/next-server/app-page-turbo.runtime.dev.js',
    marker: `${malformedMarker}try{action=`,
    anchor: 'let action=await decodeAction(formData,serverModuleMap);',
    replacement: () =>
      undecodableAction({
        action: 'action',
        decode: 'decodeAction(formData,serverModuleMap)',
        refuse: 'handleUnrecognizedAction',
      }),
  },
];

for (const { file, marker, anchor, replacement } of patches) {
  const full = path.join(nextDir, file);
  const source = readFileSync(full, 'utf8');
  if (source.includes(marker)) continue;
  if (source.split(anchor).length !== 2) {
    console.error(`scripts/patch-next.mjs: the place to patch is not found exactly once in next/${file}.`);
    process.exit(1);
  }
  writeFileSync(full, source.replace(anchor, replacement(anchor)));
  console.log(`patched next/${file} (${marker.slice(2, marker.indexOf('*/'))})`);
}
