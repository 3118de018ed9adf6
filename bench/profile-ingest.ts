// `tsx bench/profile-ingest.ts <dir> [--out snapshot.json] [--workers n] [--link-workers n]`: one
// ingest as the CLI runs it (default 1 thread for the per-file stages and 1 link thread, so a CPU
// profile taken with `node --cpu-prof` sees all the work in two or three threads), then prints one
// JSON line: the stage times, the process CPU time (user + system, all threads) of each phase —
// the figure to compare on a loaded machine, where wall times are inflated by the other
// processes — the snapshot's SHA-256 (same bytes before and after a speed change) and the ratio
// to raw nodejieba `cut` over the same documents' text in the same process, both by CPU time.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ingestToFile } from '../ingest/pipeline.js';
import { jiebaCharsPerSecond, round } from './measure.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const k = args.indexOf(name);
  return k >= 0 ? args.splice(k, 2)[1] : undefined;
};
const out = flag('--out') ?? '/tmp/profile-ingest-snapshot.json';
const workers = Number(flag('--workers') ?? 1);
const linkWorkers = Number(flag('--link-workers') ?? 1);
const dir = args[0];
if (!dir) {
  console.error('usage: tsx bench/profile-ingest.ts <dir> [--out snapshot.json] [--workers n] [--link-workers n]');
  process.exit(2);
}

const cpuMs: Record<string, number> = {};
let phase = 'start';
let mark = process.cpuUsage();
const enter = (next: string) => {
  const d = process.cpuUsage(mark);
  cpuMs[phase] = Math.round((cpuMs[phase] ?? 0) + (d.user + d.system) / 1000);
  mark = process.cpuUsage();
  phase = next;
};
const load = loadavg().map((x) => round(x));
const texts: string[] = [];
const t = performance.now();
const { report } = await ingestToFile({
  inputs: [dir],
  out,
  workers,
  linkWorkers,
  onPhase: enter,
  onRecord: (_kind, r) => {
    const a = r.attributes as { type?: string; inCorpus?: boolean; text?: string };
    if (a?.type === 'Document' && a.inCorpus) texts.push(String(a.text ?? ''));
  },
});
const wallMs = performance.now() - t;
enter('end');
const jieba = jiebaCharsPerSecond(texts);
const cpuTotal = Object.values(cpuMs).reduce((a, b) => a + b, 0);
console.log(JSON.stringify({
  dir,
  documents: report.documents,
  characters: jieba.chars,
  loadBefore: load,
  loadAfter: loadavg().map((x) => round(x)),
  wallMs: Math.round(wallMs),
  stagesMs: report.timingsMs,
  cpuMsByPhase: cpuMs,
  cpuMs: cpuTotal,
  ingestCharsPerCpuSec: Math.round(jieba.chars / (cpuTotal / 1000)),
  jiebaCutCharsPerSec: jieba.charsPerSec,
  jiebaCutCharsPerCpuSec: jieba.charsPerCpuSec,
  // CPU over CPU (session 59): the ingest's characters per CPU second over jieba's per CPU second of its cut. Until
  // session 58 it divided by jieba's wall speed, which the machine's load lowers: the ratio was flattered.
  ratioPerCpu: round(jieba.chars / (cpuTotal / 1000) / jieba.charsPerCpuSec, 4),
  sha256: createHash('sha256').update(readFileSync(out)).digest('hex'),
}));
