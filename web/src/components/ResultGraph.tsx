// A Cypher result's nodes and relationships as a small graph beside the table: circle, then a
// short ForceAtlas2 (a few hundred nodes at most, synchronous is fine); a click opens the node.
import type { MultiDirectedGraph } from 'graphology';
import { circular } from 'graphology-layout';
import FA2Module from 'graphology-layout-forceatlas2';
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import type { NodeType } from '../../../graph-schema/index.js';
import { NODE_COLOURS } from '../graph/colours.js';
import type { ResultGraph as Graph } from '../graph/result-graph.js';
import { useFocusNode } from '../state/index.js';

type FA2 = typeof FA2Module.default;
const forceAtlas2: FA2 = (FA2Module as unknown as { default?: FA2 }).default ?? (FA2Module as unknown as FA2);

export const RESULT_GRAPH_MAX_NODES = 500;

export function ResultGraph({ graph }: { graph: Graph }) {
  const box = useRef<HTMLDivElement>(null);
  const focusNode = useFocusNode();
  useEffect(() => {
    if (!box.current) return;
    const g = graph.copy() as unknown as MultiDirectedGraph;
    g.forEachNode((n, a) => g.mergeNodeAttributes(n, { size: 6, color: NODE_COLOURS[a.nodeLabel as NodeType] ?? '#888888' }));
    g.forEachEdge((e) => g.mergeEdgeAttributes(e, { size: 1, color: '#9ca3af' }));
    circular.assign(g);
    if (g.order > 2) forceAtlas2.assign(g, { iterations: 150, settings: forceAtlas2.inferSettings(g) });
    const sigma = new Sigma(g, box.current, { defaultEdgeType: 'arrow', renderEdgeLabels: g.size <= 40, labelRenderedSizeThreshold: 0 });
    sigma.on('clickNode', ({ node }) => focusNode(node));
    return () => sigma.kill();
  }, [graph, focusNode]);
  return <div className="result-graph" data-testid="cypher-graph" ref={box} />;
}
