// ForceAtlas2 in a web worker for a bounded time, then stopped: the picture settles while the
// page stays responsive, and an idle tab does not keep a core busy.
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2Module from 'graphology-layout-forceatlas2/worker.js';
import type { ViewGraph } from './view-graph.js';

// The package ships CommonJS typings with `export default`: under NodeNext TypeScript sees the
// module object, while the bundler hands us the class itself. Accept both.
type FA2Class = typeof FA2Module.default;
const FA2Layout: FA2Class = (FA2Module as unknown as { default?: FA2Class }).default ?? (FA2Module as unknown as FA2Class);

export interface RunningLayout {
  /** Resolves when the layout has stopped (time up or `stop()`). */
  done: Promise<void>;
  stop(): void;
}

/** Bigger graphs get longer, within 2–10 s. */
export function layoutDuration(order: number): number {
  return Math.max(2000, Math.min(10_000, 1500 + order * 4));
}

export function runBoundedLayout(graph: ViewGraph, ms = layoutDuration(graph.order)): RunningLayout {
  const layout = new FA2Layout(graph, { settings: inferSettings(graph) });
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    layout.kill();
    finish();
  };
  const timer = setTimeout(stop, ms);
  layout.start();
  return { done, stop };
}
