// The ForceAtlas2 part of the shipped layout (static-layout.ts), in plain JavaScript so that one
// code runs both in the server's thread and in a worker thread (static-layout-worker.js) without
// a TypeScript loader: the same input gives the same positions either way. The input is flat
// (sorted ids, seed positions, edge extremities as indices), so it crosses to a thread cheaply.
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';

// A CommonJS package: Node hands the function as the default export, some runners the module object.
const forceAtlas2 = forceAtlas2Module.default ?? forceAtlas2Module;

/**
 * Runs ForceAtlas2 on the input, `slice` iterations at a time, yielding (undefined) after each
 * slice so a caller can hand its event loop back; returns the rounded positions as [id, x, y].
 * @param {import('./fa2-slices.js').Fa2Input} input
 */
export function* fa2Slices(input) {
  const { ids, xs, ys, sources, targets, total, slice } = input;
  const g = new MultiDirectedGraph({ allowSelfLoops: false });
  for (let i = 0; i < ids.length; i++) g.addNode(ids[i], { x: xs[i], y: ys[i], size: 1 });
  for (let e = 0; e < sources.length; e++) g.addEdge(ids[sources[e]], ids[targets[e]]);
  const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 2000 };
  for (let done = 0; done < total; done += slice) {
    forceAtlas2.assign(g, { iterations: Math.min(slice, total - done), settings });
    yield;
  }
  const out = [];
  // Rounded: smaller payload, and no float noise between machines.
  g.forEachNode((id, a) => out.push([id, Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100]));
  return out;
}
