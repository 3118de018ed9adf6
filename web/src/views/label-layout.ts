// Which node labels the graph draws (session 46, helper trial). Sigma 3's label grid keeps, per 100 px cell, the
// labels of the biggest nodes (by degree here) and draws them whatever their width: on the 促进科技成果转化 family's home
// graph a long measure label ran over the law's, and the 北京 and 上海 document nodes had no label at all, their cells
// taken by measures with more links. Documents are what a user looks for first: every document on screen is a
// candidate, before the grid's picks, and a label is drawn only where its box meets no label drawn before it (forced
// labels, then documents, then the grid's picks by size). Pure, so the page's choice is testable without a browser.

export const LABEL_LAYOUT = {
  /** Node types whose labels come first and are candidates whatever the grid picked. */
  firstTypes: ['Document'] as readonly string[],
  /** Pixels kept clear around a label's box. */
  padding: 2,
} as const;

export interface LabelCandidate {
  key: string;
  /** The label's box in viewport pixels: where sigma's drawDiscNodeLabel writes it (right of the node). */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** A label drawn whatever it meets (sigma's forceLabel: a lit neighbourhood). */
  forced: boolean;
  /** Of a first type (a document). */
  first: boolean;
  /** The node's size on screen: bigger first within a class. */
  size: number;
}

/** The box sigma's drawDiscNodeLabel fills: text at (x + size + 3, y + labelSize / 3), `width` wide. */
export function labelBox(x: number, y: number, nodeSize: number, labelSize: number, width: number): Pick<LabelCandidate, 'x0' | 'y0' | 'x1' | 'y1'> {
  const x0 = x + nodeSize + 3;
  const base = y + labelSize / 3;
  return { x0, y0: base - labelSize, x1: x0 + width, y1: base + labelSize * 0.25 };
}

const meets = (a: Pick<LabelCandidate, 'x0' | 'y0' | 'x1' | 'y1'>, b: Pick<LabelCandidate, 'x0' | 'y0' | 'x1' | 'y1'>, pad: number) => a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;

/** Side of the cells kept labels are filed under (px): a candidate is tested only against labels filed in the cells its
 *  box (with padding) covers, so a frame with thousands of documents on screen stays near-linear (issue 11: no main-thread
 *  task over 200 ms at 50k nodes); the choice is the same as testing every kept label (tests/web/graph). */
export const LABEL_CELL = 64;

type Box = Pick<LabelCandidate, 'x0' | 'y0' | 'x1' | 'y1'>;

/** A first-type label's other places when its own (right of the node) meets a label drawn before it, in order: left of
 *  the node, above, below (session 46 review: two documents close together, the second lost its label). */
export function alternativeBoxes(c: Box, nodeSize: number, labelSize: number): Box[] {
  const width = c.x1 - c.x0;
  const left = c.x0 - 2 * (nodeSize + 3) - width;
  const up = labelSize + nodeSize;
  return [
    { x0: left, y0: c.y0, x1: left + width, y1: c.y1 },
    { x0: c.x0, y0: c.y0 - up, x1: c.x1, y1: c.y1 - up },
    { x0: c.x0, y0: c.y0 + up, x1: c.x1, y1: c.y1 + up },
  ];
}

const drawOrder = (a: LabelCandidate, b: LabelCandidate) =>
  Number(b.forced) - Number(a.forced) || Number(b.first) - Number(a.first) || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The labels to draw, in drawing order: forced ones, then first types, then by size (ties by key); each unforced
 *  label only where it meets none drawn before it: at its own box, else (a candidate with `alternatives`) at the first
 *  of those that meets none, its box moved there. */
export function chooseLabels(candidates: readonly (LabelCandidate & { alternatives?: Box[] })[], padding: number = LABEL_LAYOUT.padding): LabelCandidate[] {
  const cells = new Map<string, Box[]>();
  const cellsOf = (c: Box) => {
    const out: string[] = [];
    const [cx0, cx1] = [Math.floor((c.x0 - padding) / LABEL_CELL), Math.floor((c.x1 + padding) / LABEL_CELL)];
    const [cy0, cy1] = [Math.floor((c.y0 - padding) / LABEL_CELL), Math.floor((c.y1 + padding) / LABEL_CELL)];
    for (let x = cx0; x <= cx1; x++) for (let y = cy0; y <= cy1; y++) out.push(`${x},${y}`);
    return out;
  };
  return choose(
    candidates,
    (b) => cellsOf(b).some((k) => cells.get(k)?.some((o) => meets(o, b, padding))),
    (b) => {
      for (const k of cellsOf(b)) (cells.get(k) ?? cells.set(k, []).get(k)!).push(b);
    },
  );
}

/** chooseLabels' rule tested against every kept label (no cells): the reference the cells must agree with. */
export function chooseLabelsPlain(candidates: readonly (LabelCandidate & { alternatives?: Box[] })[], padding: number = LABEL_LAYOUT.padding): LabelCandidate[] {
  const kept: Box[] = [];
  return choose(candidates, (b) => kept.some((k) => meets(k, b, padding)), (b) => kept.push(b));
}

function choose<C extends LabelCandidate & { alternatives?: Box[] }>(candidates: readonly C[], taken: (b: Box) => boolean, keep: (b: Box) => void): C[] {
  const order = [...candidates].sort(drawOrder);
  const out: C[] = [];
  const seen = new Set<string>();
  for (const c of order) {
    if (seen.has(c.key)) continue;
    seen.add(c.key);
    const place = c.forced || !taken(c) ? c : c.alternatives?.find((b) => !taken(b));
    if (!place) continue;
    const chosen = place === c ? c : { ...c, x0: place.x0, y0: place.y0, x1: place.x1, y1: place.y1 };
    keep(chosen);
    out.push(chosen);
  }
  return out;
}
