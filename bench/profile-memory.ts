// `tsx bench/profile-memory.ts <dir> [--out snapshot.json] [--workers n] [--link-workers n]`: one
// streamed ingest (as the CLI runs it) with its memory taken apart (issue 11): per phase, the
// process's resident set at its peak and, at that moment, the main thread's V8 heap (committed and
// in use) and its array buffers (the link stage's shared arrays are counted there, once); and every
// worker thread's V8 heap after each of its tasks (POLICY_GRAPH_MEMORY_LOG, ingest/parallel/link-task.ts logMemory, called by
// worker-task.ts too), its largest per phase. What the resident set has beyond these is native memory
// (jieba's dictionaries, malloc, code). Prints one JSON line with the load average and the
// snapshot's SHA-256 (same bytes before and after a memory change) and the process's CPU time.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestToFile } from '../ingest/pipeline.js';
import { round } from './measure.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const k = args.indexOf(name);
  return k >= 0 ? args.splice(k, 2)[1] : undefined;
};
const out = flag('--out') ?? '/tmp/profile-memory-snapshot.json';
const workers = flag('--workers');
const linkWorkers = flag('--link-workers');
const dir = args[0];
if (!dir) {
  console.error('usage: tsx bench/profile-memory.ts <dir> [--out snapshot.json] [--workers n] [--link-workers n]');
  process.exit(2);
}
const logDir = mkdtempSync(join(tmpdir(), 'policy-graph-memory-'));
const log = join(logDir, 'threads.ndjson');
// Read by the worker threads, which inherit this process's environment.
process.env.POLICY_GRAPH_MEMORY_LOG = log;

const MB = (x: number) => Math.round(x / 2 ** 20);
type Sample = { rss: number; heapTotal: number; heapUsed: number; arrayBuffers: number; external: number };
const phases: { name: string; at: number }[] = [{ name: 'start', at: Date.now() }];
const peaks: Record<string, Sample> = {};
const sample = () => {
  const m = process.memoryUsage();
  const phase = phases[phases.length - 1].name;
  if (!peaks[phase] || m.rss > peaks[phase].rss) peaks[phase] = { rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed, arrayBuffers: m.arrayBuffers, external: m.external };
};
const timer = setInterval(sample, 100);
const enter = (name: string) => {
  sample();
  phases.push({ name, at: Date.now() });
  sample();
};
const load = loadavg().map((x) => round(x));
const t = performance.now();
const cpu0 = process.cpuUsage();
const { report } = await ingestToFile({
  inputs: [dir],
  out,
  ...(workers ? { workers: Number(workers) } : {}),
  ...(linkWorkers ? { linkWorkers: Number(linkWorkers) } : {}),
  onPhase: enter,
});
const wallMs = performance.now() - t;
const cpu = process.cpuUsage(cpu0);
enter('end');
clearInterval(timer);
const phaseAt = (time: number) => phases.filter((p) => p.at <= time).at(-1)?.name ?? 'start';
// Each thread's largest heap after a task, per phase (the phase its task ended in).
const threads: Record<string, Record<string, { total: number; used: number; external: number; malloced: number; tasks: number }>> = {};
let lines: string[] = [];
try {
  lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
} catch {
  // No thread ran (a small batch on the main thread).
}
for (const line of lines) {
  const r = JSON.parse(line) as { t: number; thread: number; kind: string; total: number; used: number; external: number; malloced: number };
  const phase = phaseAt(r.t);
  const key = `${r.kind} ${r.thread}`;
  const p = ((threads[phase] ??= {})[key] ??= { total: 0, used: 0, external: 0, malloced: 0, tasks: 0 });
  p.total = Math.max(p.total, MB(r.total));
  p.used = Math.max(p.used, MB(r.used));
  p.external = Math.max(p.external, MB(r.external));
  p.malloced = Math.max(p.malloced, MB(r.malloced));
  p.tasks++;
}
rmSync(logDir, { recursive: true, force: true });
const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
console.log(JSON.stringify({
  dir,
  documents: report.documents,
  measures: report.measures,
  implements: report.implements,
  loadBefore: load,
  loadAfter: loadavg().map((x) => round(x)),
  wallMs: Math.round(wallMs),
  /** CPU time of the process (every thread, user + system): the figure to compare on a loaded machine. */
  cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  stagesMs: report.timingsMs,
  processHighWaterMB: hwm ? Math.round(Number(hwm[1]) / 1024) : null,
  /** Per phase: the resident set at its peak, with the main thread's heap and array buffers then (MB). */
  mainAtPeakMB: Object.fromEntries(Object.entries(peaks).map(([k, s]) => [k, { rss: MB(s.rss), heapTotal: MB(s.heapTotal), heapUsed: MB(s.heapUsed), arrayBuffers: MB(s.arrayBuffers), external: MB(s.external) }])),
  /** Per phase and thread: its largest V8 heap after a task (MB). */
  threadsMB: threads,
  sha256: createHash('sha256').update(readFileSync(out)).digest('hex'),
}));
