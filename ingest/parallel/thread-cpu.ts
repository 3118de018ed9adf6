// bench/profile-threads.ts: where a per-file thread's CPU goes — its start (modules, lexicon, jieba's dictionaries), each
// file, the release of jieba's dictionaries — one JSON line per step appended to the file POLICY_GRAPH_THREAD_CPU_LOG
// names (nothing when it is unset; session 63, issue 11). The CPU is this thread's own (Linux /proc/thread-self/stat,
// user + system, 10 ms ticks), which process.cpuUsage() cannot give in a worker thread (it counts the whole process).
import { appendFileSync, readFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

const log = process.env.POLICY_GRAPH_THREAD_CPU_LOG;

/** This thread's CPU milliseconds so far (Linux only; NaN elsewhere). */
export function threadCpuMs(): number {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** One step of this thread, with its CPU so far; nothing when the log is off. */
export function logThreadCpu(step: 'imported' | 'lexicon' | 'warm' | 'file' | 'release'): void {
  if (!log) return;
  appendFileSync(log, JSON.stringify({ thread: threadId, step, cpuMs: threadCpuMs(), t: Date.now() }) + '\n');
}
