// Store → sigma reducers: hidden types, hover and selection change how nodes and edges are drawn,
// never the graph's attributes. Renders nothing.
import { useEffect, useMemo } from 'react';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { neighbourhood } from '../../graph/neighbourhood.js';
import { nodeSizes } from '../../graph/sizing.js';
import { useExplorer, useExplorerContext, useScoped } from '../../state/index.js';
import { LARGE_GRAPH_OPTIONS, type ViewEdge, type ViewNode } from '../../graph/view-graph.js';
import { useSigma } from '../GraphCanvas.js';

const FADED_NODE = '#e5e7eb';
const LIT_EDGE = '#4b5563';
const FORCED_LABELS_MAX = 15;

export function AppearanceController() {
  const sigma = useSigma();
  const { data, view } = useExplorerContext();
  const hidden = useExplorer((s) => s.hiddenTypes);
  const hovered = useExplorer((s) => s.hovered);
  const selected = useExplorer((s) => s.selected);
  const sizeBy = useExplorer((s) => s.sizeBy);
  const scoped = useScoped();
  const sizes = useMemo(() => (sizeBy === 'degree' ? null : nodeSizes(data, sizeBy)), [data, sizeBy]);
  // Hover wins over selection, so the user can look around a selected node.
  const focal = hovered ?? selected;
  const lit = useMemo(() => (focal ? neighbourhood(data, focal) : null), [data, focal]);

  useEffect(() => {
    // Nothing to restyle (the usual start): no reducers, and no reprocessing of every node and edge
    // (seconds at 50k nodes). Small graphs too (session 43): the explorer's first effects redrew the
    // graph the loading page had drawn, identical, and its frame waited for every canvas again.
    // Above restyleOnHoverMax a restyle is one progressive pass (progressive-sigma.ts).
    const large = view.order > LARGE_GRAPH_OPTIONS.restyleOnHoverMax;
    if (hidden.size === 0 && !scoped && !sizes && !lit && !selected && !hovered) {
      if (sigma.getSetting('nodeReducer') === null && sigma.getSetting('edgeReducer') === null) return;
      sigma.setSettings({ nodeReducer: null, edgeReducer: null });
      return;
    }
    const nodeReducer = (node: string, attrs: ViewNode): Partial<NodeDisplayData> => {
      const res: Partial<NodeDisplayData> = { ...attrs };
      if (hidden.has(attrs.nodeType) || (scoped && !scoped.has(node))) res.hidden = true;
      if (sizes) res.size = sizes.get(node) ?? attrs.size;
      if (lit && !lit.has(node)) {
        res.color = FADED_NODE;
        res.label = '';
        res.zIndex = 0;
      } else if (lit) {
        // Forced labels ignore sigma's label grid: with many neighbours they pile up.
        res.forceLabel = lit.size <= FORCED_LABELS_MAX;
        res.zIndex = 1;
      }
      if (node === selected || node === hovered) {
        res.highlighted = true;
        res.zIndex = 2;
      }
      return res;
    };
    const edgeReducer = (edge: string, attrs: ViewEdge): Partial<EdgeDisplayData> => {
      const res: Partial<EdgeDisplayData> = { ...attrs };
      const [s, t] = view.extremities(edge);
      if (
        hidden.has(view.getNodeAttribute(s, 'nodeType')) ||
        hidden.has(view.getNodeAttribute(t, 'nodeType')) ||
        (scoped && !(scoped.has(s) && scoped.has(t)))
      ) {
        res.hidden = true;
      } else if (focal) {
        if (s === focal || t === focal) {
          res.color = attrs.edgeType === 'IMPLEMENTS' ? attrs.color : LIT_EDGE;
          res.size = Math.max(attrs.size, 1.2);
          res.zIndex = 1;
        } else res.hidden = true;
      }
      return res;
    };
    if (large) {
      // Both at once: one reprocessing of the graph (each setSetting costs one), drawn next frame.
      sigma.setSettings({ nodeReducer, edgeReducer });
      return;
    }
    sigma.setSetting('nodeReducer', nodeReducer);
    sigma.setSetting('edgeReducer', edgeReducer);
    // Only display state changed: sigma can skip re-indexing the graph.
    sigma.refresh({ skipIndexation: true });
  }, [sigma, view, hidden, scoped, sizes, lit, focal, selected, hovered]);

  return null;
}
