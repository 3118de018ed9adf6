// Load timings a benchmark (or a curious user) can read: `window.__policyGraphPerf` holds the
// marks of the loading steps and the longest main-thread task seen (PerformanceObserver).
export interface PolicyGraphPerf {
  marks: Record<string, number>;
  longestTaskMs: number;
  longTasks: number;
}

declare global {
  interface Window {
    __policyGraphPerf?: PolicyGraphPerf;
  }
}

export function startPerf(): void {
  const perf: PolicyGraphPerf = { marks: {}, longestTaskMs: 0, longTasks: 0 };
  window.__policyGraphPerf = perf;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        perf.longTasks++;
        perf.longestTaskMs = Math.max(perf.longestTaskMs, Math.round(e.duration));
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Browsers without long-task timing: marks only.
  }
}

/** Milliseconds since navigation start, recorded under `name` (first time only). */
export function mark(name: string): void {
  const perf = window.__policyGraphPerf;
  if (perf && perf.marks[name] === undefined) perf.marks[name] = Math.round(performance.now());
}
