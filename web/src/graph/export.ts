// Exports of the current view: the filtered graph (what the canvas shows) as graphology JSON or
// GEXF for Gephi, and file names that say what they hold. Pure: no DOM.
import { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import type { PolicyGraph } from './policy-graph.js';
import type { ViewGraph } from './view-graph.js';

/** Flat values for GEXF: lists of primitives joined with 、, anything nested as JSON. */
export function flatValue(v: unknown): string | number | boolean {
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object')) return v.join('、');
  return JSON.stringify(v);
}

/**
 * The visible part of the graph: nodes for which `visible(id)` holds, edges between them, with
 * every data attribute (long texts the page has not fetched are simply absent) plus position,
 * size, colour and label from the view graph.
 */
export function visibleSubgraph(data: PolicyGraph, view: ViewGraph, visible: (id: string) => boolean, opts: { flat?: boolean } = {}): MultiDirectedGraph {
  const out = new MultiDirectedGraph({ allowSelfLoops: data.allowSelfLoops });
  out.replaceAttributes({ ...data.getAttributes(), exportedFrom: 'policy-graph' });
  const conv = (a: Attributes): Attributes =>
    opts.flat ? Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined).map(([k, v]) => [k, flatValue(v)])) : { ...a };
  data.forEachNode((id, a) => {
    if (!visible(id)) return;
    const v = view.hasNode(id) ? view.getNodeAttributes(id) : null;
    out.addNode(id, {
      ...conv(a),
      label: a.name,
      ...(v ? { x: v.x, y: v.y, size: v.size, color: v.color } : {}),
    });
  });
  data.forEachEdge((key, a, s, t) => {
    if (out.hasNode(s) && out.hasNode(t)) out.addEdgeWithKey(key, s, t, { ...conv(a), label: a.type });
  });
  return out;
}

/** A name part from free text: no path separators or characters file systems refuse. */
export function fileSafe(text: string, max = 60): string {
  return text
    .replace(/[\\/:*?"<>|\s]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, max);
}

/** `policy-graph_<what>_<n>-nodes.<ext>`: what = the filters in force, or "all". */
export function exportFileName(parts: string[], nodes: number, ext: string): string {
  const what = parts.length ? parts.map((p) => fileSafe(p, 40)).join('+') : 'all';
  return `policy-graph_${what}_${nodes}-nodes.${ext}`;
}
