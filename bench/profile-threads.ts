// `tsx bench/profile-threads.ts <dir> <mode>`: the per-file stages of a folder on one mode of the pool, in this fresh
// process, and where the CPU went, per thread (issue 11, session 63: why two threads gave no speed-up). Modes: `1` (the main
// thread alone), `N` (N pool threads, the main thread waiting), `Nm` (the main thread and N − 1 pool threads:
// THREAD_OPTIONS.mainWorks). Prints one JSON line: wall time and load average, the process's CPU by thread from
// /proc/self/task (Linux) — the main thread, the pool's threads (each one's start: modules, lexicon, jieba's
// dictionaries; its files; its release of the dictionaries, from ingest/parallel/thread-cpu.ts) and the rest (V8's
// platform threads: concurrent GC and compilation, libuv) — and the stage times summed over the files. Run the modes
// alternately, each in its own process, and compare CPU: on a shared machine wall times mostly measure the others' load.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const [dir, mode = '2'] = process.argv.slice(2);
if (!dir || !/^\d+m?$/.test(mode)) {
  console.error('usage: tsx bench/profile-threads.ts <dir> <1|N|Nm>');
  process.exit(2);
}
const logDir = mkdtempSync(join(tmpdir(), 'policy-graph-threads-'));
const log = join(logDir, 'threads.ndjson');
// Read by ingest/parallel/thread-cpu.ts as the threads load it.
process.env.POLICY_GRAPH_THREAD_CPU_LOG = log;
const { runPerFile } = await import('../ingest/parallel/pool.js');
const { loadLexicon } = await import('../ingest/lexicon/load.js');
const { listSources, readSource } = await import('../ingest/read/index.js');

/** CPU milliseconds of each thread of this process now (clock ticks of 10 ms). */
function taskCpu(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(f[11]) + Number(f[12])) * 10);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

const files = (await listSources([dir])).map((p) => ({ path: p, name: relative(dir, p) }));
const read = (path: string, name: string) => readSource(path, { root: undefined }).then((r) => ({ ...r, file: name }));
const lexicon = loadLexicon();
const workers = Number(mode.replace('m', ''));
const stages = { read: 0, clean: 0, structure: 0, extract: 0 };
const loadBefore = loadavg().map((x) => Math.round(x * 100) / 100);
const before = taskCpu();
// Threads that end leave /proc: sampled every 100 ms, each thread's last reading kept.
const last = new Map(before);
const sample = setInterval(() => {
  for (const [tid, ms] of taskCpu()) last.set(tid, ms);
}, 100);
const t = performance.now();
await runPerFile(files, {
  workers,
  lexicon,
  read,
  mainWorks: mode.endsWith('m'),
  onResult: (r) => {
    for (const s of Object.keys(stages) as (keyof typeof stages)[]) stages[s] += r.ms[s];
  },
});
const wallMs = performance.now() - t;
clearInterval(sample);
for (const [tid, ms] of taskCpu()) last.set(tid, ms);
const used = new Map([...last].map(([tid, ms]) => [tid, ms - (before.get(tid) ?? 0)]));
const mainMs = used.get(String(process.pid)) ?? 0;
const totalMs = [...used.values()].reduce((a, b) => a + b, 0);

// Each pool thread's steps: CPU at its modules, lexicon, jieba's dictionaries, files and release.
type Step = { thread: number; step: string; cpuMs: number };
let steps: Step[] = [];
try {
  steps = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Step);
} catch {
  // no pool thread (mode 1)
}
rmSync(logDir, { recursive: true, force: true });
const threads = [...new Set(steps.map((s) => s.thread))].map((thread) => {
  const own = steps.filter((s) => s.thread === thread);
  const at = (step: string) => own.find((s) => s.step === step)?.cpuMs ?? NaN;
  const fileSteps = own.filter((s) => s.step === 'file');
  const lastFile = fileSteps.at(-1)?.cpuMs ?? at('warm');
  return {
    files: fileSteps.length,
    modulesMs: at('imported'),
    lexiconMs: at('lexicon') - at('imported'),
    jiebaMs: at('warm') - at('lexicon'),
    filesMs: lastFile - at('warm'),
    /** CPU at the release task's start: the thread's start and files; its release and end follow. */
    untilReleaseMs: at('release'),
  };
});
const poolMs = threads.reduce((a, th) => a + (Number.isFinite(th.untilReleaseMs) ? th.untilReleaseMs : 0), 0);
console.log(
  JSON.stringify({
    dir,
    mode,
    files: files.length,
    loadBefore,
    loadAfter: loadavg().map((x) => Math.round(x * 100) / 100),
    wallMs: Math.round(wallMs),
    cpuMs: { total: totalMs, main: mainMs, poolThreadsUntilRelease: poolMs, rest: totalMs - mainMs - poolMs },
    poolThreads: threads,
    stagesMs: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, Math.round(v)])),
  }),
);
