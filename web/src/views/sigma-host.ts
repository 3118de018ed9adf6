// The one sigma of the page, kept outside React's trees (issue 11): the loading screen starts it
// on the view graph as soon as the view payload is in, and the explorer's canvas adopts the same
// instance when the data graph is ready, so the graph is processed and drawn once, not twice. The
// instance lives in its own element, which moves between the two trees' canvas boxes (WebGL
// contexts survive the move; sigma reads its size again on its next frame).
import { EdgeLineProgram } from 'sigma/rendering';
import { LARGE_GRAPH_OPTIONS, isLargeGraph, type ViewEdge, type ViewGraph, type ViewNode } from '../graph/view-graph.js';
import { mark } from '../perf.js';
import { ProgressiveSigma, fitLayers, prepareLayers } from './progressive-sigma.js';

export type ExplorerSigma = ProgressiveSigma<ViewNode, ViewEdge>;

/** Zoom limits: in to 1/20 of the whole graph, out to 1/3 of it, never further (it stays findable). */
export const ZOOM_LIMITS = { minCameraRatio: 0.05, maxCameraRatio: 3 } as const;

const LABEL_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

export interface HostedSigma {
  view: ViewGraph;
  instance: ExplorerSigma;
  /** The element sigma draws into (moved between canvas boxes). */
  element: HTMLDivElement;
  /** Resolves when the nodes are drawn (the first graph the user sees). */
  nodesDrawn: Promise<void>;
  /** Resolves when every drawn edge is in too (controllers start then). */
  drawn: Promise<void>;
}

let hosted: HostedSigma | null = null;
/** Boxes holding the hosted sigma now (a box leaving schedules a kill unless another adopts it). */
const holders = new Set<HTMLElement>();

/**
 * Sigma's element made ahead of the view graph, its WebGL layers created one per task
 * (prepareSigma). Chrome trace of the 5k bench (load 11): sigma's constructor was the page's
 * longest task (716 ms), 402 ms of it three waits for the GPU process, one per WebGL context
 * created (CheckFramebufferStatus, a synchronous round trip while the GPU process sets the new
 * context up); made while the view payload downloads, they are neither one long task nor on the
 * way to the first drawn graph.
 */
let prepared: { element: HTMLDivElement; ready: Promise<void> } | null = null;

function newElement(): HTMLDivElement {
  const element = document.createElement('div');
  element.className = 'sigma-container';
  return element;
}

/**
 * Starts making the next sigma's WebGL layers (the page calls it as it starts loading), `size` CSS
 * pixels each: the size of the box sigma will be in, as well as the page can tell (sigmaPrepared
 * resizes them when it was wrong).
 */
export function prepareSigma(size: { width: number; height: number }): Promise<void> {
  if (!prepared) {
    const element = newElement();
    prepared = { element, ready: prepareLayers(element, size).then(() => undefined) };
  }
  return prepared.ready;
}

/**
 * What to wait for before hostSigma(view, box) so that sigma's constructor neither creates nor
 * resizes its WebGL contexts itself: the preparation still under way and the layers' sizing to
 * `box`, or null.
 */
export function sigmaPrepared(view: ViewGraph, box: HTMLElement): Promise<void> | null {
  if (hosted?.view === view || !prepared) return null;
  const { element, ready } = prepared;
  // In its box already (still without canvases), to be measured as sigma will: its container's
  // size, 1 when it has none (allowInvalidContainer).
  if (element.parentElement !== box) box.appendChild(element);
  return ready.then(() => fitLayers(element, { width: element.offsetWidth || 1, height: element.offsetHeight || 1 }));
}

function create(view: ViewGraph, box: HTMLElement): HostedSigma {
  const element = prepared?.element ?? newElement();
  box.appendChild(element);
  prepared = null;
  const large = isLargeGraph(view.order);
  mark('sigmaStart');
  const instance: ExplorerSigma = new ProgressiveSigma<ViewNode, ViewEdge>(view, element, {
    labelFont: LABEL_FONT,
    labelSize: 12,
    labelColor: { color: '#1f2937' },
    labelRenderedSizeThreshold: large ? LARGE_GRAPH_OPTIONS.labelRenderedSizeThreshold : 5,
    defaultEdgeType: large ? 'line' : 'arrow',
    // Large graphs: one-pixel GL lines, and only that program (fewer shaders to compile at start,
    // a fraction of the rectangles' pixels to fill).
    ...(large ? { edgeProgramClasses: { line: EdgeLineProgram, arrow: EdgeLineProgram } } : {}),
    // A moving camera moves the last picture (progressive-sigma.ts), edges and labels with it; sigma's
    // own hiding would also reprocess the whole graph after every drag.
    hideEdgesOnMove: false,
    hideLabelsOnMove: false,
    // Sorting by z-index costs a sort of every node and edge per refresh: small graphs only.
    zIndex: view.order <= LARGE_GRAPH_OPTIONS.restyleOnHoverMax,
    ...ZOOM_LIMITS,
    // Between the loading screen's box and the explorer's, the element is out of the page for a
    // moment: a frame then is drawn at 1×1 instead of throwing.
    allowInvalidContainer: true,
  });
  mark('sigmaCreated');
  let nodes!: () => void;
  const nodesDrawn = new Promise<void>((r) => (nodes = r));
  // Drawn in slices, nodes first (progressive-sigma.ts).
  const drawn = instance
    .drawProgressively({
      onNodesDrawn: () => {
        mark('graphDrawn');
        nodes();
      },
    })
    .then(() => {
      nodes();
      mark('edgesDrawn');
    });
  return { view, instance, element, nodesDrawn, drawn };
}

/**
 * The sigma drawing `view`, placed in `box`: the hosted one when it draws this view (moved here),
 * else a new one (the old one killed). Call `release(box)` when the box goes.
 */
export function hostSigma(view: ViewGraph, box: HTMLElement): HostedSigma {
  if (!hosted || hosted.view !== view) {
    if (hosted) kill(hosted);
    hosted = create(view, box);
  } else if (hosted.element.parentElement !== box) {
    box.appendChild(hosted.element);
  }
  holders.add(box);
  return hosted;
}

/** `box` no longer shows the graph; the instance is killed unless another box takes it by the next task. */
export function releaseSigma(box: HTMLElement): void {
  holders.delete(box);
  const h = hosted;
  setTimeout(() => {
    if (h && hosted === h && holders.size === 0) {
      kill(h);
      hosted = null;
    }
  }, 0);
}

function kill(h: HostedSigma): void {
  h.instance.kill();
  h.element.remove();
}
