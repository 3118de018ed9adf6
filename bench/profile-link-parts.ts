// `tsx bench/profile-link-parts.ts <processed.v8> [--parts 16,1]`: the link stage's tasks alone, in this one thread, as a
// link thread runs them (ingest/parallel/link-task.ts linkTask, the shared indexes built once beforehand), over the whole
// corpus cut into each number of parts given (linkRanges, as ingest/link/parallel.ts cuts a thread's range): one JSON
// line a count, with the process CPU time of the tasks (user + system; the indexes' build left out), the links' and
// near-cut records' counts, a SHA-256 of the links in task order (the same parts must give the same bytes before and
// after an output-identical change), the heap in use after the tasks and the load average. For issue 11's question of
// what linking a range in parts costs against one task (session 63, docs/history/performance.md). The input is the
// per-file results of a corpus (ProcessedDoc[] as the link stage reads them) written with v8.serialize; `--dir <corpus>
// --save <file.v8>` writes it first (every file as read, forLinking: no duplicate merging, unlike runIngest).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { loadavg } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import { loadLexicon } from '../ingest/lexicon/load.js';
import { linkRanges, sharedLinkIndexes } from '../ingest/link/parallel.js';
import { withoutWords } from '../ingest/link/unit-store.js';
import { linkTask, type LinkTask } from '../ingest/parallel/link-task.js';
import { runPerFile } from '../ingest/parallel/pool.js';
import { listSources } from '../ingest/read/list.js';
import { readSource } from '../ingest/read/index.js';
import { documentIds } from '../ingest/snapshot/build.js';
import { forLinking } from '../ingest/snapshot/spill.js';
import type { ImplementsLink } from '../ingest/link/index.js';
import type { ProcessedDoc } from '../ingest/snapshot/types.js';

const args = process.argv.slice(2);
const k = args.indexOf('--parts');
const counts = (k >= 0 ? args.splice(k, 2)[1] : '16,1').split(',').map(Number);
const d = args.indexOf('--dir');
const dir = d >= 0 ? args.splice(d, 2)[1] : undefined;
const s = args.indexOf('--save');
const file = s >= 0 ? args.splice(s, 2)[1] : args[0];
if (!file || counts.some((n) => !(n >= 1))) {
  console.error('usage: tsx bench/profile-link-parts.ts <processed.v8> [--parts 16,1] | --dir <corpus> --save <processed.v8> [--parts …]');
  process.exit(2);
}
const lexicon = loadLexicon();
if (dir) {
  const read: ProcessedDoc[] = [];
  const files = (await listSources([dir])).map((path) => ({ path, name: relative(dir, path) }));
  await runPerFile(files, { lexicon, read: (path: string, name: string) => readSource(path).then((r) => ({ ...r, file: name })), onResult: (r: { doc?: ProcessedDoc }) => void (r.doc && read.push(forLinking(r.doc))) });
  writeFileSync(file, serialize(read));
}
const docs = deserialize(readFileSync(file)) as ProcessedDoc[];
const ids = documentIds(docs);
const { indexes, pairWords, store, inputs } = sharedLinkIndexes(docs, ids, lexicon, {});
const shared = { kind: 'link' as const, indexes, units: pairWords ? store : withoutWords(store), rules: inputs.rules, series: inputs.series, cited: inputs.cited, overrides: {} };
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const held = { lexicon };
for (const n of counts) {
  const tasks = linkRanges(docs, n);
  const links: ImplementsLink[] = [];
  let nearCut = 0;
  const c0 = cpu();
  for (const range of tasks) {
    const r = linkTask({ ...shared, range } as LinkTask, held);
    for (const l of r.links) links.push(l);
    nearCut += r.nearCut.length;
  }
  const cpuMs = Math.round(cpu() - c0);
  const sha256 = createHash('sha256').update(JSON.stringify(links)).digest('hex');
  console.log(JSON.stringify({ file, parts: n, tasks: tasks.length, links: links.length, nearCut, sha256, cpuMs, heapUsedMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20), load: loadavg().map((x) => Math.round(x * 100) / 100) }));
}
