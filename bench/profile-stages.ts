// `tsx bench/profile-stages.ts <dir> [--rounds n]`: the per-file stages only (read → clean →
// structure → extract), in this one thread, without linking or a snapshot, so that a change to them
// can be measured in seconds rather than minutes. Prints one JSON line: the process CPU time (user
// + system) of each stage summed over the files, the median over the rounds (default 3; the first
// round also warms the JIT), and the load average — the figure to compare back to back on a loaded
// machine, where wall times are inflated by the other processes. jieba's dictionary load (once per
// thread) is done before the clock starts, as processFile leaves it out of the extract time.
import { loadavg } from 'node:os';
import { loadLexicon } from '../ingest/lexicon/load.js';
import { listSources } from '../ingest/read/list.js';
import { readSource } from '../ingest/read/index.js';
import { clean } from '../ingest/clean/index.js';
import { structure } from '../ingest/structure/index.js';
import { extract } from '../ingest/extract/index.js';
import { segmenter } from '../ingest/extract/segment.js';

const args = process.argv.slice(2);
const k = args.indexOf('--rounds');
const rounds = k >= 0 ? Number(args.splice(k, 2)[1]) : 3;
const dir = args[0];
if (!dir) {
  console.error('usage: tsx bench/profile-stages.ts <dir> [--rounds n]');
  process.exit(2);
}
const lexicon = loadLexicon();
segmenter(lexicon);
const files = await listSources([dir]);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
type Stage = 'read' | 'clean' | 'structure' | 'extract';
const runs: Record<Stage, number>[] = [];
const load = loadavg().map((x) => Math.round(x * 100) / 100);
let docs = 0;
for (let r = 0; r < rounds; r++) {
  const ms: Record<Stage, number> = { read: 0, clean: 0, structure: 0, extract: 0 };
  docs = 0;
  for (const path of files) {
    let t = cpu();
    let text: string;
    try {
      text = (await readSource(path, { root: dir })).text;
    } catch {
      continue; // a file the reader refuses (the hostile corpora have some): not timed
    } finally {
      ms.read += cpu() - t;
    }
    t = cpu();
    const c = clean(text, lexicon);
    ms.clean += cpu() - t;
    t = cpu();
    const doc = structure(path, c, lexicon);
    ms.structure += cpu() - t;
    if (!doc) continue;
    t = cpu();
    extract(doc, lexicon);
    ms.extract += cpu() - t;
    docs++;
  }
  runs.push(ms);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stages = (['read', 'clean', 'structure', 'extract'] as Stage[]);
const med = Object.fromEntries(stages.map((s) => [s, Math.round(median(runs.map((m) => m[s])))]));
console.log(JSON.stringify({
  dir,
  files: files.length,
  documents: docs,
  rounds,
  loadBefore: load,
  loadAfter: loadavg().map((x) => Math.round(x * 100) / 100),
  cpuMsMedian: { ...med, total: stages.reduce((a, s) => a + (med[s] as number), 0) },
  cpuMsRuns: runs.map((m) => Object.fromEntries(stages.map((s) => [s, Math.round(m[s])]))),
}));
