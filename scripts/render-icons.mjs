// Renders the PNG fallbacks of public/favicon.svg (favicon.ico, apple-touch-icon.png) and the default
// Open Graph image public/og-image.png with the local chromium. Run once after changing the mark:
// `node scripts/render-icons.mjs`; the files it writes are committed.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
const svg = readFileSync('public/favicon.svg', 'utf8');
const data = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
async function render(width, height, html, path) {
  const p = await b.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  await p.setContent(`<html><body style="margin:0">${html}</body></html>`);
  const png = await p.screenshot({ omitBackground: true, type: 'png' });
  if (path) writeFileSync(path, png);
  await p.close();
  return png;
}
const png32 = await render(32, 32, `<img src="${data}" width="32" height="32" style="display:block">`);
const png16 = await render(16, 16, `<img src="${data}" width="16" height="16" style="display:block">`);
await render(
  180,
  180,
  `<div style="width:180px;height:180px;background:#fff;display:grid;place-items:center"><img src="${data}" width="148" height="148"></div>`,
  'public/apple-touch-icon.png',
);
await render(
  1200,
  630,
  `<div style="width:1200px;height:630px;background:#042f2e;display:grid;place-items:center"><div style="width:300px;height:300px;border-radius:56px;background:#fff;display:grid;place-items:center"><img src="${data}" width="240" height="240"></div></div>`,
  'public/og-image.png',
);
// An .ico holding two PNG images (16 and 32 px), as every browser since IE Vista reads them.
const images = [png16, png32];
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(images.length, 4);
let offset = 6 + 16 * images.length;
const entries = images.map((png, i) => {
  const size = [16, 32][i];
  const e = Buffer.alloc(16);
  e.writeUInt8(size, 0);
  e.writeUInt8(size, 1);
  e.writeUInt8(0, 2);
  e.writeUInt8(0, 3);
  e.writeUInt16LE(1, 4);
  e.writeUInt16LE(32, 6);
  e.writeUInt32LE(png.length, 8);
  e.writeUInt32LE(offset, 12);
  offset += png.length;
  return e;
});
writeFileSync('public/favicon.ico', Buffer.concat([header, ...entries, ...images]));
await b.close();
