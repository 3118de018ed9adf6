// Node size by degree (the default) or by a numeric attribute the user chooses (year, value …).
import type { PolicyGraph } from './policy-graph.js';
import { sizeForDegree } from './view-graph.js';

export const SIZE_RANGE = { min: 3, max: 20, missing: 2.5 } as const;

/** Numeric node attributes present in the graph, sorted: what "size by" can offer beside degree. */
export function numericAttributes(graph: PolicyGraph): string[] {
  const names = new Set<string>();
  // for…in, not Object.entries: no pair arrays per node (45k nodes: the allocations and their scavenges).
  graph.forEachNode((_, a) => {
    const attrs = a as unknown as Record<string, unknown>;
    for (const k in attrs) {
      const v = attrs[k];
      if (typeof v === 'number' && Number.isFinite(v)) names.add(k);
    }
  });
  return [...names].sort();
}

/** Size of every node: degree (sqrt-scaled) or the attribute scaled linearly into SIZE_RANGE. */
export function nodeSizes(graph: PolicyGraph, by: string): Map<string, number> {
  const sizes = new Map<string, number>();
  if (by === 'degree') {
    graph.forEachNode((id) => sizes.set(id, sizeForDegree(graph.degree(id))));
    return sizes;
  }
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((_, a) => {
    const v = (a as Record<string, unknown>)[by];
    if (typeof v === 'number' && Number.isFinite(v)) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
  });
  graph.forEachNode((id, a) => {
    const v = (a as Record<string, unknown>)[by];
    if (typeof v !== 'number' || !Number.isFinite(v)) sizes.set(id, SIZE_RANGE.missing);
    else sizes.set(id, max > min ? SIZE_RANGE.min + ((v - min) / (max - min)) * (SIZE_RANGE.max - SIZE_RANGE.min) : (SIZE_RANGE.min + SIZE_RANGE.max) / 2);
  });
  return sizes;
}
