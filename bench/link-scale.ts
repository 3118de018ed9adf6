// The link stage alone on slices of the real law mirror (or any folder), for profiling its growth:
//   npx tsx bench/link-scale.ts [--dir /tmp/perf-mirror] [--cache /tmp/pg-mirror.v8] [--sizes 300,1000,0] [--link '{…}'] [--main: link on the main thread, for --cpu-prof]
// runs the per-file stages once over the whole folder and keeps what linking reads (spill.ts
// forLinking) in <cache>; then for each size n (0 = all) links an evenly spread slice of n
// documents (every k-th in path order, so each slice has every folder's share) and prints the
// measures, links, time and the process's peak resident memory of that link run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { deserialize, serialize } from 'node:v8';

async function main(argv: string[]) {
  const value = (k: string, d: string) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : d);
  const dir = value('--dir', '/tmp/perf-mirror');
  const cache = value('--cache', '/tmp/pg-mirror-linkdocs.v8');
  const sizes = value('--sizes', '300,1000,0').split(',').map(Number);
  const overrides = JSON.parse(value('--link', '{}'));
  const { loadLexicon } = await import('../ingest/lexicon/load.js');
  const { runPerFile } = await import('../ingest/parallel/pool.js');
  const { listSources, readSource } = await import('../ingest/read/index.js');
  const { documentIds } = await import('../ingest/snapshot/build.js');
  const { forLinking } = await import('../ingest/snapshot/spill.js');
  const { linkInParallel } = await import('../ingest/link/parallel.js');
  const { linkImplements } = await import('../ingest/link/index.js');
  const lexicon = loadLexicon();
  type Docs = Parameters<typeof documentIds>[0];
  let processed: Docs;
  if (existsSync(cache)) processed = deserialize(readFileSync(cache)) as Docs;
  else {
    const files = (await listSources([dir])).map((p) => ({ path: p, name: relative(dir, p) }));
    processed = [];
    const t = performance.now();
    await runPerFile(files, {
      workers: argv.includes('--workers') ? Number(value('--workers', '2')) : undefined,
      lexicon,
      read: (path, name) => readSource(path, { root: undefined }).then((r) => ({ ...r, file: name })),
      onResult: (r) => {
        if (r.doc) processed.push(forLinking(r.doc));
      },
    });
    processed.sort((a, b) => a.sources[0].localeCompare(b.sources[0]));
    writeFileSync(cache, serialize(processed));
    console.log(JSON.stringify({ perFileMs: Math.round(performance.now() - t), docs: processed.length }));
  }
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 200);
  for (const n of sizes) {
    const step = n > 0 ? processed.length / n : 1;
    const slice = n > 0 ? Array.from({ length: Math.min(n, processed.length) }, (_, i) => processed[Math.floor(i * step)]) : processed;
    const ids = documentIds(slice);
    const measures = slice.reduce((s, d) => s + d.doc.units.filter((u) => u.kind !== 'notice' && u.leaf).length, 0);
    peak = process.memoryUsage.rss();
    const t = performance.now();
    const { links, workers } = argv.includes('--main')
      ? { links: linkImplements(slice, ids, lexicon, overrides), workers: 0 }
      : await linkInParallel(slice, ids, lexicon, overrides, { workers: argv.includes('--link-workers') ? Number(value('--link-workers', '1')) : undefined });
    const ms = Math.round(performance.now() - t);
    const verdicts = { implements: links.filter((l) => l.verdict === 'implements').length, partial: links.filter((l) => l.verdict === 'partial').length };
    // SHA-256 of the links as JSON: the same links before and after a change of the linker's memory layout.
    const sha256 = createHash('sha256').update(JSON.stringify(links)).digest('hex').slice(0, 16);
    console.log(JSON.stringify({ docs: slice.length, measures, workers, linkMs: ms, links: links.length, ...verdicts, peakRssMB: Math.round(peak / 2 ** 20), sha256, load1m: Math.round(loadavg()[0] * 100) / 100 }));
  }
  clearInterval(sampler);
}

await main(process.argv.slice(2));
