// Small measuring tools for the bench: a resident-memory sampler with named phases, quantiles,
// a least-squares exponent, and raw nodejieba segmentation speed over given texts.
import { readFileSync } from 'node:fs';
import nodejieba from 'nodejieba';
import { jiebaDictionaries } from '../ingest/extract/segment.js';

/** Peak memory per named phase: resident set size by default, or the V8 heap in use (`heapUsed`,
 *  sampled often enough to fire between a loader's awaits). */
export class MemorySampler {
  private timer: NodeJS.Timeout;
  private phase = 'start';
  private readonly metric: 'rss' | 'heapUsed';
  readonly peakMB: Record<string, number> = {};
  constructor(options: { metric?: 'rss' | 'heapUsed'; intervalMs?: number } = {}) {
    this.metric = options.metric ?? 'rss';
    this.timer = setInterval(() => this.sample(), options.intervalMs ?? 100);
    this.timer.unref();
  }
  enter(phase: string): void {
    this.sample();
    this.phase = phase;
    this.sample();
  }
  sample(): void {
    const mb = Math.round(process.memoryUsage()[this.metric] / 2 ** 20);
    this.peakMB[this.phase] = Math.max(this.peakMB[this.phase] ?? 0, mb);
  }
  stop(): Record<string, number> {
    this.sample();
    clearInterval(this.timer);
    return this.peakMB;
  }
}

/** Peak resident memory of another process (the Neo4j JVM), from /proc. */
export function processPeakMB(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

export function quantile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
}

/** Exponent b of y = a·x^b, fitted by least squares on logs. */
export function fitExponent(points: { x: number; y: number }[]): number | null {
  const ps = points.filter((p) => p.x > 0 && p.y > 0);
  if (ps.length < 2) return null;
  const lx = ps.map((p) => Math.log(p.x));
  const ly = ps.map((p) => Math.log(p.y));
  const mx = lx.reduce((a, b) => a + b) / lx.length;
  const my = ly.reduce((a, b) => a + b) / ly.length;
  const num = lx.reduce((s, x, i) => s + (x - mx) * (ly[i] - my), 0);
  const den = lx.reduce((s, x) => s + (x - mx) ** 2, 0);
  return den === 0 ? null : Math.round((num / den) * 100) / 100;
}

/** nodejieba's plain `cut` over the texts as a user calls it (`cut(text)`: no HMM, one array of words a text), under
 *  the dictionaries the ingest loads (ingest/extract/segment.ts jiebaDictionaries: the project's user dictionary, and
 *  stand-ins for the keyword tables `cut` never reads; session 59: jieba's own 6 MB idf table cost this measure a
 *  second of loading and 18 MB, not the cut's speed). `charsPerSec` by the wall clock, as the bench's ratio takes it;
 *  `charsPerCpuSec` by the process's CPU time over the same cut (what a per-CPU ratio divides by: on a loaded machine
 *  the wall speed is the lower and would flatter it). */
export function jiebaCharsPerSecond(texts: string[]): { chars: number; ms: number; charsPerSec: number; cpuMs: number; charsPerCpuSec: number } {
  nodejieba.load(jiebaDictionaries());
  nodejieba.cut('预热');
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const cpu = process.cpuUsage();
  const t = performance.now();
  for (const text of texts) nodejieba.cut(text);
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  return { chars, ms: Math.round(ms), charsPerSec: Math.round(chars / (ms / 1000)), cpuMs: Math.round(cpuMs), charsPerCpuSec: Math.round(chars / (cpuMs / 1000)) };
}

export const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;
