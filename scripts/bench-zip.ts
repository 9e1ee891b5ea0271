// `npm run bench:zip` (and part of `npm run bench`): how fast "download all files" streams a
// toolkit's zip. Twenty 5 MB files (random bytes, so nothing compresses: the worst case for time,
// stored as PDFs) are written to a local store in a scratch folder; the zip is then made by the same
// code the route uses (lib/publications/archive.ts: one file opened at a time, stored without
// deflating) and read to the end through a web ReadableStream, as the response body is. Goal
// (issue 8): at least 50 MB/s. Also reports the process's RSS growth while zipping. Writes
// bench-results/zip.json. Needs no database and no build.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { zipOf, type ArchiveEntry } from '../lib/publications/archive';
import { localFileStore } from '../lib/storage/local';
import { newStorageKey } from '../lib/storage/store';

const fileCount = Number(process.env.BENCH_ZIP_FILES ?? 20);
const fileBytes = Number(process.env.BENCH_ZIP_FILE_MB ?? 5) * 1024 * 1024;
const runs = 3;
const goalMegabytesPerSecond = 50;

const root = mkdtempSync(path.join(tmpdir(), 'portal-bench-zip-'));
try {
  const store = localFileStore(root);
  const entries: ArchiveEntry[] = [];
  for (let index = 0; index < fileCount; index += 1) {
    const storageKey = newStorageKey();
    await store.put(storageKey, Readable.from([randomBytes(fileBytes)]), { contentType: 'application/pdf' });
    const folder = index < fileCount / 2 ? '' : '01 Templates/';
    entries.push({
      id: `file-${index}`,
      fileName: `file-${index}.pdf`,
      contentType: 'application/pdf',
      storageKey,
      path: `${folder}file-${index}.pdf`,
    });
  }
  const inputBytes = fileCount * fileBytes;

  const results: { seconds: number; megabytesPerSecond: number; zipBytes: number; rssGrowthMegabytes: number }[] = [];
  for (let run = 0; run < runs; run += 1) {
    globalThis.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    }, 10);
    const started = performance.now();
    let zipBytes = 0;
    const reader = (Readable.toWeb(zipOf(entries, store)) as ReadableStream<Uint8Array>).getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) zipBytes += chunk.value.byteLength;
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    results.push({
      seconds: Math.round(seconds * 1000) / 1000,
      megabytesPerSecond: Math.round(inputBytes / 1024 / 1024 / seconds),
      zipBytes,
      rssGrowthMegabytes: Math.round((rssPeak - rssBefore) / 1024 / 1024),
    });
  }
  const median = [...results].sort((a, b) => a.megabytesPerSecond - b.megabytesPerSecond)[Math.floor(runs / 2)]!;
  const report = {
    date: new Date().toISOString(),
    files: fileCount,
    fileMegabytes: fileBytes / 1024 / 1024,
    runs: results,
    medianMegabytesPerSecond: median.megabytesPerSecond,
    goalMegabytesPerSecond,
    met: median.megabytesPerSecond >= goalMegabytesPerSecond,
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/zip.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `[bench:zip] ${fileCount} files of ${fileBytes / 1024 / 1024} MB: ${median.megabytesPerSecond} MB/s ` +
      `(median of ${runs}; goal >= ${goalMegabytesPerSecond}), zip ${median.zipBytes} bytes, ` +
      `RSS +${median.rssGrowthMegabytes} MB`,
  );
  if (!report.met) process.exitCode = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
