// A link thread's task (ingest/link/parallel.ts), apart from the per-file stages' worker-task.ts so that the link
// threads load only the linker: the per-file task's bundle also evaluates the readers' packages (undici, mammoth,
// jschardet, xlsx…) and nodejieba, which a link thread never calls (session 52, perf: a thread's start 737–916 ms of
// CPU with the per-file bundle, 104–125 ms with this one, zod inside; 3 threads started a run, load 13–20).
// worker-task.ts still answers link tasks (the tsx fallback, worker.mjs, runs it for both pools) through linkTask
// below: one code path.
import { appendFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { threadId } from 'node:worker_threads';
import { loadLexicon, type Lexicon } from '../lexicon/load.js';
import { linkFromInputs, type ImplementsLink, type LinkInputs, type LinkOptions } from '../link/index.js';
import { readUnitStore, type UnitStore } from '../link/unit-store.js';
import { withLinkIndexes, type LinkIndexes, type LinkUnit } from '../link/implements.js';
import type { NearCut } from '../link/select.js';

/** A link task's links and its lower measures' candidates near the cut (ingest/link/select.ts nearCutRecord). */
export interface LinkTaskResult {
  links: ImplementsLink[];
  nearCut: NearCut[];
}

/** A range of lower documents for the link stage (ingest/link/parallel.ts). */
export interface LinkTask extends Omit<LinkInputs, 'units'> {
  kind: 'link';
  /** The measures, in shared memory (ingest/link/unit-store.ts): no thread gets the documents. */
  units: UnitStore;
  overrides: Partial<LinkOptions>;
  range: [number, number];
  lexiconDir?: string;
  /** The linker's prepared texts and indexes, built once by the main thread in shared memory. */
  indexes?: LinkIndexes;
}

/** The lexicon a thread's tasks use (a link thread's own; worker-task.ts passes its thread's). */
export interface ThreadLexicon {
  lexicon?: Lexicon;
  dir?: string;
}

/** The measures this thread last read from a unit store, and the indexes' fingerprint they came with. */
let readUnits: { fingerprint: string; units: LinkUnit[] } | undefined;

export function linkTask(input: LinkTask, held: ThreadLexicon): LinkTaskResult {
  if (!held.lexicon || held.dir !== input.lexiconDir) {
    held.lexicon = loadLexicon(input.lexiconDir);
    held.dir = input.lexiconDir;
  }
  const lexicon = held.lexicon;
  const [a, b] = input.range;
  // The measures are read from the shared store once per thread and link run (the same
  // fingerprint), not once per task: a run's parts are many (ingest/link/parallel.ts).
  const fingerprint = input.indexes?.fingerprint;
  const units = fingerprint && readUnits?.fingerprint === fingerprint ? readUnits.units : readUnitStore(input.units);
  readUnits = fingerprint ? { fingerprint, units } : undefined;
  const inputs: LinkInputs = { units, rules: input.rules, series: input.series, cited: input.cited };
  const nearCut: NearCut[] = [];
  const links = withLinkIndexes(input.indexes, () => linkFromInputs(inputs, lexicon.boilerplate, input.overrides, false, (d) => d >= a && d < b, nearCut));
  return { links, nearCut };
}

/** bench/profile-memory.ts: this thread's V8 heap after each task, one JSON line appended to the
 *  file POLICY_GRAPH_MEMORY_LOG names (nothing when it is unset). */
const memoryLog = process.env.POLICY_GRAPH_MEMORY_LOG;
export function logMemory(kind: string): void {
  if (!memoryLog) return;
  const h = getHeapStatistics();
  appendFileSync(memoryLog, JSON.stringify({ t: Date.now(), thread: threadId, kind, total: h.total_heap_size, used: h.used_heap_size, external: h.external_memory, malloced: h.malloced_memory }) + '\n');
}

const own: ThreadLexicon = {};

/** The link pool's task when the threads run the link bundle (bundle.ts linkWorkerBundle). */
export default function task(input: LinkTask): LinkTaskResult {
  if (input.kind !== 'link') throw new Error(`a link thread got a task of kind ${String((input as { kind?: unknown }).kind)}`);
  try {
    return linkTask(input, own);
  } finally {
    logMemory('link');
  }
}
