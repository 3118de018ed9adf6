// Sigma, drawn without freezing the page (issue 11). Sigma v3 processes the whole graph in one
// synchronous pass (`refresh` → `process`: display data of every node and edge, the label grid,
// every WebGL buffer) in its constructor and on every full refresh (a new reducer): at 50k nodes
// and 49k drawn edges that one task took 4.5 s on the loaded bench machine. Here the same steps
// run a time slice at a time: the nodes first, drawn as soon as they are in their buffers (the
// first graph the user sees), then the edges, drawn when all are in. The steps and their order are
// sigma 3.0's own `process()` (node_modules/sigma/dist/sigma.esm.js), so the buffers, the picking
// indices and the label grid come out the same as a synchronous pass.
//
// Panning: sigma looks for the node under the pointer on every mouse move, even while the camera
// is being dragged, by reading a pixel back from the picking framebuffer (`readPixels`). That read
// waits for every queued WebGL command, i.e. the whole frame of 50k nodes, on the main thread: the
// multi-second tasks while panning. No node can be hovered while dragging, so none is looked for.
// And while the camera moves (a drag, its inertia, a wheel zoom), the graph is not drawn again at
// every step: the last drawn picture is moved and scaled with a CSS transform (a compositor job),
// and drawn for real once the camera rests. Each real frame of a large graph is seconds of
// software WebGL on the bench machine (--disable-gpu: every WebGL canvas is read back for the
// software compositor), so a pan used to be a queue of such frames.
import Sigma from 'sigma';
import { DEFAULT_EDGE_PROGRAM_CLASSES, type Settings } from 'sigma/settings';
import type { Attributes } from 'graphology-types';
import type { CameraState } from 'sigma/types';
import { Camera } from 'sigma';
import { createNormalizationFunction, matrixFromCamera } from 'sigma/utils';
import type { MultiDirectedGraph } from 'graphology';
import { nextTask } from '../graph/payload.js';
import { alternativeBoxes, chooseLabels, labelBox, LABEL_LAYOUT, type LabelCandidate } from './label-layout.js';

/** Every knob of the progressive drawing, in one place. */
export const PROGRESSIVE_DRAW_OPTIONS = {
  /** Milliseconds of work before yielding to the page (the long-task budget of issue 11 is 200 ms). */
  sliceMs: 40,
  /** Items between two looks at the clock. */
  checkEvery: 512,
  /**
   * Above this many nodes a full refresh after the first draw (a new reducer: selection,
   * hidden types, filters) is also done in slices; at or below it sigma's own synchronous pass
   * is short and keeps its display data current at once.
   */
  slicedRefreshAbove: 2_000,
  /** Above this many nodes, a moving camera moves the last picture instead of drawing new ones. */
  moveAsImageAbove: 2_000,
  /** The camera is at rest after this long without moving: the real frame is drawn then. */
  restMs: 120,
  /**
   * Above this many nodes the edge programs (shader compiling and linking, one WebGL program
   * each) are set up when the first pass reaches the edges, a task each, instead of in sigma's
   * constructor: the constructor was the page's longest task while loading (0.4–0.5 s).
   */
  deferEdgeProgramsAbove: 2_000,
} as const;

/** The WebGL layers sigma 3.0's constructor creates, in its order (sigma.esm.js: edges, nodes, hoverNodes). */
const WEBGL_LAYERS = ['edges', 'nodes', 'hoverNodes'] as const;
/** Canvases with their WebGL context, made ahead for the sigma to be constructed in a container. */
const preparedLayers = new WeakMap<HTMLElement, Map<string, HTMLCanvasElement>>();

/**
 * Creates the WebGL canvases of the next ProgressiveSigma constructed in `container`, with their
 * contexts, one per task, `size` CSS pixels each (sigma resizes them to its container on its first
 * frame: a resize of a live context is cheap, its creation is the wait). The context attributes
 * are sigma's own (createWebGLContext); sigma's later getContext call returns the same context.
 * Resolves to the canvases by layer id (null without WebGL).
 */
export async function prepareLayers(container: HTMLElement, size: { width: number; height: number }, pause: () => Promise<void> = nextTask): Promise<ReadonlyMap<string, HTMLCanvasElement> | null> {
  const layers = new Map<string, HTMLCanvasElement>();
  // Sigma's getPixelRatio().
  const ratio = typeof window.devicePixelRatio !== 'undefined' ? window.devicePixelRatio : 1;
  for (const id of WEBGL_LAYERS) {
    await pause();
    const canvas = document.createElement('canvas');
    canvas.setAttribute('width', `${Math.max(1, size.width) * ratio}px`);
    canvas.setAttribute('height', `${Math.max(1, size.height) * ratio}px`);
    const attributes = { preserveDrawingBuffer: false, antialias: false };
    const gl = canvas.getContext('webgl2', attributes) ?? canvas.getContext('webgl', attributes);
    // No WebGL: sigma's constructor fails as it always did, with its own message.
    if (!gl) return null;
    layers.set(id, canvas);
  }
  preparedLayers.set(container, layers);
  // Whatever awaits this starts in a task of its own (not in this one's microtasks).
  await pause();
  return new Map(layers);
}

/**
 * Sizes the canvases prepared for `container` as sigma's constructor will (its container's size
 * times the pixel ratio), one per task: a resize of a WebGL drawing buffer is another wait for the
 * GPU process (86 ms in the constructor at load 11), and sigma sets the same size again for free.
 */
export async function fitLayers(container: HTMLElement, size: { width: number; height: number }, pause: () => Promise<void> = nextTask): Promise<void> {
  const ratio = typeof window.devicePixelRatio !== 'undefined' ? window.devicePixelRatio : 1;
  const width = `${Math.max(1, size.width) * ratio}px`;
  const height = `${Math.max(1, size.height) * ratio}px`;
  for (const canvas of preparedLayers.get(container)?.values() ?? []) {
    if (canvas.getAttribute('width') === width && canvas.getAttribute('height') === height) continue;
    canvas.setAttribute('width', width);
    canvas.setAttribute('height', height);
    await pause();
  }
}

/** Sigma's internals this file drives (private in its typings, stable within sigma 3.0). */
interface SigmaInternals {
  graph: MultiDirectedGraph;
  settings: Settings;
  nodeDataCache: Record<string, { x: number; y: number; size: number; label?: string | null; hidden: boolean; type: string }>;
  edgeDataCache: Record<string, { type: string }>;
  nodeExtent: { x: [number, number]; y: [number, number] };
  customBBox: { x: [number, number]; y: [number, number] } | null;
  normalizationFunction: { applyTo(d: { x: number; y: number }): void };
  labelGrid: { resizeAndClear(d: { width: number; height: number }, cell: number): void; add(k: string, s: number, p: { x: number; y: number }): void; organize(): void; getLabelsToDisplay(ratio: number, density: number): string[] };
  nodePrograms: Record<string, { reallocate(n: number): void; drawLabel?: Settings['defaultDrawNodeLabel'] }>;
  edgePrograms: Record<string, { reallocate(n: number): void }>;
  registerEdgeProgram(type: string, cls: unknown): void;
  itemIDsIndex: Record<number, { type: 'node' | 'edge'; id: string }>;
  nodeIndices: Record<string, number>;
  edgeIndices: Record<string, number>;
  needToProcess: boolean;
  nodeZExtent: [number, number];
  edgeZExtent: [number, number];
  mouseCaptor: { isMouseDown: boolean; draggedEvents: number; isMoving: boolean; currentWheelDirection: number };
  elements: Record<string, HTMLElement>;
  renderFrame: number | null;
  addNode(key: string): void;
  addEdge(key: string): void;
  addNodeToProgram(key: string, fingerprint: number, position: number): void;
  addEdgeToProgram(key: string, fingerprint: number, position: number): void;
  getStagePadding(): number;
  getNodeAtPosition(p: { x: number; y: number }): string | null;
  process(): unknown;
  render(): unknown;
}

/** What the label pass reads of sigma's internals (sigma 3.0's renderLabels). */
interface LabelInternals {
  nodesWithForcedLabels: Set<string>;
  displayedNodeLabels: Set<string>;
  canvasContexts: Record<string, CanvasRenderingContext2D>;
  width: number;
  height: number;
  scaleSize(size: number): number;
}

export interface DrawProgress {
  /** The nodes are in their buffers and drawn (edges may still be coming). */
  onNodesDrawn?: () => void;
}

export class ProgressiveSigma<N extends Attributes = Attributes, E extends Attributes = Attributes> extends Sigma<N, E> {
  /** Undefined while sigma's constructor runs (its own first refresh is skipped). */
  private generation: number | undefined;
  private pass: Promise<void> = Promise.resolve();
  private passRunning = false;
  private dirty = false;
  private killed = false;
  /** Stops the camera's rest timer (moveAsImage), called by kill. */
  private stopMoving: () => void = () => {};
  /** Edge programs not set up yet (deferEdgeProgramsAbove): the first pass does it before the edges. */
  private deferredEdgePrograms: Settings<N, E>['edgeProgramClasses'] | null;

  constructor(graph: MultiDirectedGraph<N, E>, container: HTMLElement, settings: Partial<Settings<N, E>> = {}) {
    const defer = graph.order > PROGRESSIVE_DRAW_OPTIONS.deferEdgeProgramsAbove;
    super(graph, container, defer ? { ...settings, edgeProgramClasses: {} } : settings);
    this.deferredEdgePrograms = defer ? { ...(settings.edgeProgramClasses ?? (DEFAULT_EDGE_PROGRAM_CLASSES as unknown as Settings<N, E>['edgeProgramClasses'])) } : null;
    this.generation = 0;
    const self = this as unknown as SigmaInternals;
    const pick = self.getNodeAtPosition.bind(this);
    // See the file's head: no pixel read-back while the camera is dragged.
    self.getNodeAtPosition = (p) => (self.mouseCaptor.isMouseDown || self.mouseCaptor.draggedEvents > 0 ? null : pick(p));
    // A killed instance draws nothing more (its programs and display data are gone); and sigma's own
    // synchronous pass never meets a node or edge without display data (see ensureDisplayData).
    const render = self.render.bind(this);
    self.render = () => (this.killed ? this : render());
    const process = self.process.bind(this);
    self.process = () => {
      if (this.killed) return this;
      this.ensureDisplayData(self);
      return process();
    };
    if (graph.order > PROGRESSIVE_DRAW_OPTIONS.moveAsImageAbove) this.moveAsImage(self);
    (this as unknown as { renderLabels: () => unknown }).renderLabels = () => this.renderLabelsLaidOut();
  }

  /** The labels drawn by the last frame, with their boxes (label-layout.ts): for the debug hook and its tests. */
  drawnLabels: { key: string; box: [number, number, number, number] }[] = [];
  private firstTypeNodes: { order: number; keys: string[] } = { order: -1, keys: [] };

  /** Sigma 3.0's renderLabels (sigma.esm.js) with the labels chosen by label-layout.ts: every document on screen a
   *  candidate before the grid's picks, and no label drawn over another. */
  private renderLabelsLaidOut(): this {
    const self = this as unknown as SigmaInternals & LabelInternals;
    const settings = self.settings;
    if (!settings.renderLabels) return this;
    const graph = self.graph;
    if (this.firstTypeNodes.order !== graph.order) {
      const types = new Set(LABEL_LAYOUT.firstTypes);
      this.firstTypeNodes = { order: graph.order, keys: graph.filterNodes((_n, a) => types.has(a.nodeType as string)) };
    }
    const forced = self.nodesWithForcedLabels;
    const picked = new Set([...self.labelGrid.getLabelsToDisplay(this.getCamera().getState().ratio, settings.labelDensity), ...forced, ...this.firstTypeNodes.keys]);
    const context = self.canvasContexts.labels;
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const first = new Set(this.firstTypeNodes.keys);
    const candidates: (LabelCandidate & { x: number; y: number; shown: number })[] = [];
    for (const node of picked) {
      const data = self.nodeDataCache[node] as SigmaInternals['nodeDataCache'][string] & { forceLabel?: boolean };
      if (!data || data.hidden || !data.label) continue;
      const { x, y } = this.framedGraphToViewport(data);
      const shown = self.scaleSize(data.size);
      if (!data.forceLabel && shown < settings.labelRenderedSizeThreshold) continue;
      if (x < -150 || x > self.width + 150 || y < -50 || y > self.height + 50) continue;
      const box = labelBox(x, y, shown, settings.labelSize, context.measureText(data.label).width);
      const isFirst = first.has(node);
      // A document's label may move left, above or below when its own place is taken (label-layout.ts alternativeBoxes).
      candidates.push({ key: node, ...box, forced: !!data.forceLabel, first: isFirst, size: shown, x, y, shown, ...(isFirst ? { alternatives: alternativeBoxes(box, shown, settings.labelSize) } : {}) });
    }
    self.displayedNodeLabels = new Set();
    this.drawnLabels = [];
    const own = new Map(candidates.map((c) => [c.key, c]));
    for (const c of chooseLabels(candidates) as typeof candidates) {
      const data = self.nodeDataCache[c.key] as SigmaInternals['nodeDataCache'][string];
      self.displayedNodeLabels.add(c.key);
      this.drawnLabels.push({ key: c.key, box: [c.x0, c.y0, c.x1, c.y1] });
      const draw = self.nodePrograms[data.type]?.drawLabel ?? settings.defaultDrawNodeLabel;
      // Drawn where its box was placed: the node program writes the text at (x + size + 3, y + labelSize / 3), so a
      // moved box moves the point it is given by the same offset.
      const at = own.get(c.key)!;
      draw(context, { key: c.key, ...data, size: c.shown, x: c.x + (c.x0 - at.x0), y: c.y + (c.y0 - at.y0) } as never, settings as never);
    }
    return this;
  }

  /** See the file's head: while the camera moves, the last picture is transformed, not redrawn. */
  private moveAsImage(self: SigmaInternals): void {
    const render = self.render.bind(this);
    const camera = this.getCamera();
    let shown: CameraState | null = null;
    let moved = false;
    let rest: ReturnType<typeof setTimeout> | undefined;
    const moving = () => {
      const m = self.mouseCaptor;
      return camera.isAnimated() || m.isMoving || m.draggedEvents > 0 || m.currentWheelDirection !== 0;
    };
    const layers = () => Object.entries(self.elements).filter(([id]) => id !== 'mouse').map(([, el]) => el);
    this.stopMoving = () => clearTimeout(rest);
    const atRest = () => {
      if (moving()) rest = setTimeout(atRest, PROGRESSIVE_DRAW_OPTIONS.restMs);
      else self.render();
    };
    self.render = () => {
      const state = camera.getState();
      if (shown && moving() && state.angle === shown.angle) {
        // What scheduleRender asked for is done: let it schedule the next one.
        if (self.renderFrame !== null) cancelAnimationFrame(self.renderFrame);
        self.renderFrame = null;
        // The affine map from the shown picture's viewport to the current one (no rotation).
        const scale = shown.ratio / state.ratio;
        const origin = this.framedGraphToViewport(this.viewportToFramedGraph({ x: 0, y: 0 }, { cameraState: shown }), { cameraState: state });
        for (const el of layers()) {
          el.style.transformOrigin = '0 0';
          el.style.transform = `translate(${origin.x}px, ${origin.y}px) scale(${scale})`;
        }
        moved = true;
        clearTimeout(rest);
        rest = setTimeout(atRest, PROGRESSIVE_DRAW_OPTIONS.restMs);
        return this;
      }
      clearTimeout(rest);
      const out = render();
      if (moved) for (const el of layers()) el.style.transform = '';
      moved = false;
      shown = camera.getState();
      return out;
    };
  }

  /** A canvas prepareLayers made for this container, placed as sigma's createLayer would; else sigma's own. */
  override createLayer<T extends HTMLElement>(id: string, tag: string, options?: Parameters<Sigma['createLayer']>[2]): T {
    const container = this.getContainer();
    const layers = preparedLayers.get(container);
    const canvas = tag === 'canvas' ? layers?.get(id) : undefined;
    const self = this as unknown as SigmaInternals;
    if (!canvas || self.elements[id] || (options && ('beforeLayer' in options || 'afterLayer' in options))) return super.createLayer<T>(id, tag, options);
    layers!.delete(id);
    if (layers!.size === 0) preparedLayers.delete(container);
    canvas.style.position = 'absolute';
    canvas.setAttribute('class', `sigma-${id}`);
    if (options?.style) Object.assign(canvas.style, options.style);
    self.elements[id] = canvas;
    container.appendChild(canvas);
    return canvas as unknown as T;
  }

  /** Processes and draws the whole graph in slices: nodes first, then edges. Resolves when all is drawn. */
  drawProgressively(progress: DrawProgress = {}): Promise<void> {
    if (this.killed) return Promise.resolve();
    const generation = ++this.generation!;
    this.passRunning = true;
    this.dirty = false;
    this.pass = this.runPass(generation, progress).then(() => {
      // Superseded: done when the newer pass is.
      if (generation !== this.generation) return this.killed ? undefined : this.pass;
      this.passRunning = false;
      if (this.dirty) return this.drawProgressively();
    });
    return this.pass;
  }

  override kill(): void {
    // A pass still running stops at its next slice.
    this.generation = (this.generation ?? 0) + 1;
    this.killed = true;
    this.passRunning = false;
    this.stopMoving();
    super.kill();
  }

  /** Draws the current buffers now, synchronously (a PNG export reads the canvases right after). */
  drawNow(): void {
    (this as unknown as SigmaInternals).render();
  }

  /**
   * A node's display data, read in place (not to be modified), or undefined: sigma's public
   * getNodeDisplayData copies the object, and a copy per node of a 50k graph was a half-second task
   * (allocations and the scavenges after them) each time a test or the bench counted drawn nodes.
   */
  peekNodeDisplayData(node: string): Readonly<{ x: number; y: number; size: number; hidden: boolean }> | undefined {
    return (this as unknown as SigmaInternals).nodeDataCache[node];
  }

  /** The current progressive pass (resolves at once when none runs). */
  whenDrawn(): Promise<void> {
    return this.pass;
  }

  override refresh(opts?: Parameters<Sigma<N, E>['refresh']>[0]): this {
    // Sigma's constructor: the first pass is drawProgressively's, started by the caller.
    if (this.generation === undefined) return this;
    // Killed (a controller's effect may still hold the instance for a moment): nothing to draw on.
    if (this.killed) return this;
    const full = !opts || !opts.partialGraph;
    if (this.passRunning && !full) {
      // A few items changed during a pass (a layout step): one more pass when this one ends.
      this.dirty = true;
      return this;
    }
    if (this.passRunning || (full && this.getGraph().order > PROGRESSIVE_DRAW_OPTIONS.slicedRefreshAbove)) {
      // A new reducer during a pass, or a full refresh of a large graph: a new pass.
      void this.drawProgressively();
      return this;
    }
    return super.refresh(opts);
  }

  /**
   * Display data for every node and edge of the graph that has none. Sigma's graph handlers keep
   * `nodeDataCache` in step with the graph, except where this class defers sigma's own refresh
   * (the constructor's, and the partial refreshes held back while a pass runs): the display data a
   * pass or sigma's process() reads is then created here instead of being assumed.
   */
  private ensureDisplayData(self: SigmaInternals): void {
    self.graph.forEachNode((node) => {
      if (!self.nodeDataCache[node]) self.addNode(node);
    });
    self.graph.forEachEdge((edge) => {
      if (!self.edgeDataCache[edge]) self.addEdge(edge);
    });
  }

  private async runPass(generation: number, progress: DrawProgress): Promise<void> {
    const self = this as unknown as SigmaInternals;
    const { sliceMs, checkEvery } = PROGRESSIVE_DRAW_OPTIONS;
    let t0 = performance.now();
    let n = 0;
    // The pass runs synchronously between two slices, and is checked after each: `if (due() &&
    // (await stale()))`. An `await` on every item (as `await tick()` was) is a hop through the
    // microtask queue even when no slice ends: whatever ran in between (a graph event's handler
    // starting a newer pass, kill() emptying the display data, a node dropped) went unseen, and the
    // pass went on writing into display data that was gone ("Cannot set properties of undefined
    // (setting 'x')", or graphology's "could not find the node").
    /** The slice is used up: time to yield to the page. */
    const due = (): boolean => ++n % checkEvery === 0 && performance.now() - t0 >= sliceMs;
    /** Yields to the page; true when this pass was superseded meanwhile (stop quietly). */
    const stale = async (): Promise<boolean> => {
      await nextTask();
      t0 = performance.now();
      return generation !== this.generation || this.killed;
    };
    /**
     * A node's (edge's) display data, created if missing; null when the item has left the graph
     * since the pass took its list (sigma's drop handler starts a new pass then: this one stops).
     */
    const nodeData = (node: string) => {
      if (!self.nodeDataCache[node] && graph.hasNode(node)) self.addNode(node);
      return self.nodeDataCache[node] ?? null;
    };
    const edgeData = (edge: string) => {
      if (!self.edgeDataCache[edge] && graph.hasEdge(edge)) self.addEdge(edge);
      return self.edgeDataCache[edge] ?? null;
    };
    /** The graph lost an item this pass listed: start over on the graph as it is now. */
    const restart = () => {
      if (generation === this.generation && !this.killed) void this.drawProgressively(progress);
    };
    const graph = self.graph;
    const settings = self.settings;
    const nodes = graph.nodes();
    const edges = graph.edges();

    // 1. Display data (reducers, defaults): sigma's full refresh.
    for (const node of nodes) {
      if (!graph.hasNode(node)) return restart();
      self.addNode(node);
      if (due() && (await stale())) return;
    }
    // z-ordering sorts every item: left to sigma's own pass (small graphs; large ones turn it off).
    if (settings.zIndex && (self.nodeZExtent[0] !== self.nodeZExtent[1] || (settings.edgeReducer && edges.length > 0))) {
      self.needToProcess = true;
      self.render();
      return;
    }

    // 2. Nodes: extent, normalisation, label grid, buffers (sigma's process(), first half).
    this.emit('beforeProcess');
    const dimensions = this.getDimensions();
    let xMin = Infinity, xMax = -Infinity, yMin = Infinity, yMax = -Infinity;
    for (const node of nodes) {
      if (!graph.hasNode(node)) return restart();
      const { x, y } = graph.getNodeAttributes(node) as { x: number; y: number };
      if (x < xMin) xMin = x;
      if (x > xMax) xMax = x;
      if (y < yMin) yMin = y;
      if (y > yMax) yMax = y;
      if (due() && (await stale())) return;
    }
    let extent: SigmaInternals['nodeExtent'] = nodes.length ? { x: [xMin, xMax], y: [yMin, yMax] } : { x: [0, 1], y: [0, 1] };
    if (!settings.autoRescale) {
      const { width, height } = dimensions;
      extent = {
        x: [(extent.x[0] + extent.x[1]) / 2 - width / 2, (extent.x[0] + extent.x[1]) / 2 + width / 2],
        y: [(extent.y[0] + extent.y[1]) / 2 - height / 2, (extent.y[0] + extent.y[1]) / 2 + height / 2],
      };
    }
    self.nodeExtent = extent;
    self.normalizationFunction = createNormalizationFunction(self.customBBox || extent);
    const nullCamera = new Camera();
    const matrix = matrixFromCamera(nullCamera.getState() as CameraState, dimensions, this.getGraphDimensions(), self.getStagePadding());
    const grid = new (self.labelGrid.constructor as new () => SigmaInternals['labelGrid'])();
    grid.resizeAndClear(dimensions, settings.labelGridCellSize);
    const perProgram: Record<string, number> = {};
    for (const node of nodes) {
      const data = nodeData(node);
      if (!data) return restart();
      const attrs = graph.getNodeAttributes(node) as { x: number; y: number };
      data.x = attrs.x;
      data.y = attrs.y;
      self.normalizationFunction.applyTo(data);
      if (typeof data.label === 'string' && !data.hidden) grid.add(node, data.size, this.framedGraphToViewport(data, { matrix }));
      perProgram[data.type] = (perProgram[data.type] || 0) + 1;
      if (due() && (await stale())) return;
    }
    grid.organize();
    self.labelGrid = grid;
    for (const type in self.nodePrograms) {
      self.nodePrograms[type].reallocate(perProgram[type] || 0);
      perProgram[type] = 0;
    }
    const itemIDsIndex: SigmaInternals['itemIDsIndex'] = {};
    const nodeIndices: Record<string, number> = {};
    const edgeIndices: Record<string, number> = {};
    let id = 1;
    for (const node of nodes) {
      const data = nodeData(node);
      if (!data) return restart();
      nodeIndices[node] = id;
      itemIDsIndex[id] = { type: 'node', id: node };
      self.addNodeToProgram(node, id, perProgram[data.type]++);
      id++;
      if (due() && (await stale())) return;
    }
    self.nodeIndices = nodeIndices;
    self.itemIDsIndex = itemIDsIndex;
    // Edges are drawn from empty buffers until they are in.
    for (const type in self.edgePrograms) self.edgePrograms[type].reallocate(0);
    self.needToProcess = false;
    self.render();
    progress.onNodesDrawn?.();

    // 3. Edges: their programs first when sigma's constructor left them out (a task each).
    const deferred = this.deferredEdgePrograms;
    if (deferred) {
      for (const [type, cls] of Object.entries(deferred)) {
        self.registerEdgeProgram(type, cls);
        if (await stale()) return;
      }
      self.settings.edgeProgramClasses = deferred as unknown as Settings['edgeProgramClasses'];
      this.deferredEdgePrograms = null;
    }
    // Display data, then sigma's process(), second half.
    for (const edge of edges) {
      if (!graph.hasEdge(edge)) return restart();
      self.addEdge(edge);
      if (due() && (await stale())) return;
    }
    const edgesPerProgram: Record<string, number> = {};
    for (const edge of edges) {
      const data = edgeData(edge);
      if (!data) return restart();
      const type = data.type;
      edgesPerProgram[type] = (edgesPerProgram[type] || 0) + 1;
    }
    // Buffers are filled while still empty for the renderer (capacity 0), then swapped in at once.
    const pending: Record<string, number> = {};
    for (const type in self.edgePrograms) {
      pending[type] = edgesPerProgram[type] || 0;
      edgesPerProgram[type] = 0;
    }
    for (const type in self.edgePrograms) self.edgePrograms[type].reallocate(pending[type]);
    for (const edge of edges) {
      edgeIndices[edge] = id;
      itemIDsIndex[id] = { type: 'edge', id: edge };
      const data = edgeData(edge);
      if (!data) return restart();
      self.addEdgeToProgram(edge, id, edgesPerProgram[data.type]++);
      id++;
      if (due() && (await stale())) return;
    }
    self.edgeIndices = edgeIndices;
    this.emit('afterProcess');
    self.needToProcess = false;
    self.render();
  }
}
