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

const meets = (a: LabelCandidate, b: LabelCandidate, pad: number) => a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;

/** Side of the cells kept labels are filed under (px): a candidate is tested only against labels filed in the cells its
 *  box (with padding) covers, so a frame with thousands of documents on screen stays near-linear (issue 11: no main-thread
 *  task over 200 ms at 50k nodes); the choice is the same as testing every kept label (tests/web/graph). */
export const LABEL_CELL = 64;

/** The labels to draw, in drawing order: forced ones, then first types, then by size (ties by key); each
 *  unforced label only where it meets none drawn before it. */
export function chooseLabels(candidates: readonly LabelCandidate[], padding: number = LABEL_LAYOUT.padding): LabelCandidate[] {
  const order = [...candidates].sort(
    (a, b) => Number(b.forced) - Number(a.forced) || Number(b.first) - Number(a.first) || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const kept: LabelCandidate[] = [];
  const seen = new Set<string>();
  const cells = new Map<string, LabelCandidate[]>();
  // The cells a box covers, its padding included (two boxes that meet share at least one of them).
  const cellsOf = (c: LabelCandidate) => {
    const out: string[] = [];
    const [cx0, cx1] = [Math.floor((c.x0 - padding) / LABEL_CELL), Math.floor((c.x1 + padding) / LABEL_CELL)];
    const [cy0, cy1] = [Math.floor((c.y0 - padding) / LABEL_CELL), Math.floor((c.y1 + padding) / LABEL_CELL)];
    for (let x = cx0; x <= cx1; x++) for (let y = cy0; y <= cy1; y++) out.push(`${x},${y}`);
    return out;
  };
  for (const c of order) {
    if (seen.has(c.key)) continue;
    seen.add(c.key);
    const at = cellsOf(c);
    if (!c.forced && at.some((k) => cells.get(k)?.some((o) => meets(o, c, padding)))) continue;
    kept.push(c);
    for (const k of at) (cells.get(k) ?? cells.set(k, []).get(k)!).push(c);
  }
  return kept;
}

/** chooseLabels' rule tested against every kept label (no cells): the reference the cells must agree with. */
export function chooseLabelsPlain(candidates: readonly LabelCandidate[], padding: number = LABEL_LAYOUT.padding): LabelCandidate[] {
  const order = [...candidates].sort(
    (a, b) => Number(b.forced) - Number(a.forced) || Number(b.first) - Number(a.first) || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const kept: LabelCandidate[] = [];
  const seen = new Set<string>();
  for (const c of order) {
    if (seen.has(c.key)) continue;
    seen.add(c.key);
    if (!c.forced && kept.some((k) => meets(k, c, padding))) continue;
    kept.push(c);
  }
  return kept;
}
