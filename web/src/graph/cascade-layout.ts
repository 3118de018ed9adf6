// Where the cascade view draws things: a layered diagram with levels as horizontal bands (central
// at the top, then national, provincial, municipal, county) and issue dates as columns (a time
// axis, undated documents first, a bare year after the days of that year), each document a box
// listing its measures in the cascade. Links run from a higher measure's row (right edge) to the
// lower measure's row (left edge), or back from the higher box's left edge to the lower box's right edge when the
// lower document is in an earlier column; a citation from box header to box header. Pure geometry.
import { CASCADE_LEVELS, dateSortKey, type Cascade, type CascadeDoc, type CascadeLink } from './cascade.js';

export const CASCADE_GEOMETRY = {
  boxWidth: 250,
  columnGap: 120,
  header: 44,
  row: 20,
  boxGap: 16,
  bandGap: 28,
  left: 96,
  top: 36,
  /** Height of a link's label line: labels at one box's edge are at least this far apart. */
  labelLine: 12,
  /**
   * Room kept left of a box for the labels at its edge (session 34 trial, 教师法 with 上海, 河南 and 浙江: a pair's
   * label, `落实 16 · 部分 3 · 引用 4 处 · 0.29 · 4229 天`, is 243 px as drawn in Debian's chromium, twice the 120 px
   * column gap, and was drawn over the title of the box in the column before, 河南's, so it read as 河南's figures; the first column's
   * label ran off the diagram's left edge over the band's name). With label widths given, the column gap and the
   * left margin grow to the widest label plus `labelMargin`, and `bandLabel` px stay free for the band's name.
   */
  labelMargin: 12,
  bandLabel: 92,
  /**
   * A label's ink above and below its baseline (11 px bold DejaVu Sans: 10.2 px up, 2.6 px down, plus its 3 px white
   * stroke's half), and the room kept between it and its own curve's stroke (session 38: see `layoutCascade`).
   */
  labelAscent: 11,
  labelDescent: 3,
  labelClear: 1,
} as const;

/** A link's stroke in px: a pair's grows with its number of article links (1 → 1.5, 100 → 7.5), an article link's
 *  with its score, a citation 1.5 (the diagram draws it; the layout keeps its label clear of it). */
export function linkStrokeWidth(l: CascadeLink): number {
  if (l.pair) return 1.5 + 3 * Math.log10(1 + l.pair.implements + l.pair.partial);
  return l.kind === 'cites' ? 1.5 : 1 + 4 * (l.score ?? 0);
}

/** Options of `layoutCascade`: `labelWidth` gives each link's label width in px (the page measures its own font). */
export interface CascadeLayoutOptions {
  labelWidth?: (link: CascadeLink) => number;
}

/**
 * A text's width in px at `fontSize`, bold, from its characters (no DOM, so the layout stays pure): wide (CJK,
 * full-width) characters one em, spaces 0.35 em, other characters 0.7 em (DejaVu Sans Bold's digits are 0.70 em,
 * its widest ASCII lowercase 1.04; the labels are digits, `·` and short words), plus the label's 3 px white stroke.
 * An overestimate by design: a label a little short of its room is harmless, one over a box misreads.
 */
export function estimateLabelWidth(text: string, fontSize = 11): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0x20) em += 0.35;
    else if (c >= 0x2e80 || (c >= 0x1100 && c <= 0x115f)) em += 1;
    else em += 0.7;
  }
  return Math.ceil(em * fontSize) + 3;
}

export interface BoxLayout {
  doc: CascadeDoc;
  x: number;
  y: number;
  width: number;
  height: number;
  /** y (centre) of each measure row, by measure id. */
  rows: Map<string, number>;
}

export interface LinkLayout {
  link: CascadeLink;
  /** SVG path of the link. */
  path: string;
  /** The path's cubic Bézier: start, two control points, end (x, y each). */
  curve: readonly [number, number, number, number, number, number, number, number];
  /**
   * Where its label sits: `end` = its text ends at x (left of the lower box, the usual case), `start` = it begins at
   * x (right of the lower box, for a link to a document drawn in a later column: see `layoutCascade`).
   */
  label: { x: number; y: number; anchor: 'start' | 'end' };
}

export interface CascadeLayout {
  width: number;
  height: number;
  boxes: BoxLayout[];
  links: LinkLayout[];
  /** The time axis: one column per date (label '' for undated), with its x. */
  columns: { date: string; x: number }[];
  /** The level bands, top to bottom. */
  bands: { level: string; y: number; height: number }[];
}

const OTHER = 'other';

export function layoutCascade(c: Cascade, opts: CascadeLayoutOptions = {}): CascadeLayout {
  const G = CASCADE_GEOMETRY;
  const widest = opts.labelWidth ? Math.max(0, ...c.links.map(opts.labelWidth)) : 0;
  // A label ends 6 px left of its box: the gap holds it and `labelMargin` before the previous column's box, the
  // margin holds it right of the band's name.
  const columnGap = Math.max(G.columnGap, widest + 6 + G.labelMargin);
  const left = Math.max(G.left, widest ? widest + 6 + G.bandLabel : 0);
  // A document without a printed date sits at its file name's date, as the link rules and lags order it.
  const dateOf = (d: CascadeDoc) => d.date ?? d.fileDate ?? '';
  const dates = [...new Set(c.docs.map(dateOf))].sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)));
  const columnX = new Map(dates.map((d, i) => [d, left + i * (G.boxWidth + columnGap)]));
  const levels = [...CASCADE_LEVELS, OTHER].filter((l) => c.docs.some((d) => (d.level ?? OTHER) === l));
  const heightOf = (d: CascadeDoc) => G.header + Math.max(1, d.measures.length) * G.row + 8;

  const boxes: BoxLayout[] = [];
  const bands: CascadeLayout['bands'] = [];
  let y = G.top;
  for (const level of levels) {
    const inBand = c.docs.filter((d) => (d.level ?? OTHER) === level);
    let bandHeight = 0;
    for (const date of dates) {
      let cy = y;
      for (const d of inBand.filter((x) => dateOf(x) === date)) {
        const h = heightOf(d);
        const rows = new Map(d.measures.map((m, i) => [m.id, cy + G.header + i * G.row + G.row / 2]));
        boxes.push({ doc: d, x: columnX.get(date)!, y: cy, width: G.boxWidth, height: h, rows });
        cy += h + G.boxGap;
      }
      bandHeight = Math.max(bandHeight, cy - G.boxGap - y);
    }
    bands.push({ level, y, height: bandHeight });
    y += bandHeight + G.bandGap;
  }
  const byDoc = new Map(boxes.map((b) => [b.doc.id, b]));
  const laid = new Map<CascadeLink, LinkLayout>();
  // Label y's already taken in the column gap left of each x (a box's left edge): the labels at a box's left edge and
  // those right of a box in the column before share that gap, so they stack clear of each other.
  const gaps = new Map<number, number[]>();
  const backwards = (l: CascadeLink) => {
    const hi = byDoc.get(l.higherDoc);
    const lo = byDoc.get(l.lowerDoc);
    return !!hi && !!lo && lo.x + lo.width <= hi.x;
  };
  // Labels at boxes' left edges first, then those right of a box (they go round the others in the gap).
  for (const link of [...c.links.filter((l) => !backwards(l)), ...c.links.filter(backwards)]) {
    const hi = byDoc.get(link.higherDoc);
    const lo = byDoc.get(link.lowerDoc);
    if (!hi || !lo) continue;
    const y1 = (link.higher ? hi.rows.get(link.higher) : undefined) ?? hi.y + G.header / 2;
    const y2 = (link.lower ? lo.rows.get(link.lower) : undefined) ?? lo.y + G.header / 2;
    // A lower document issued before the document it carries out (a law's later text: `laterVersion`, session 36 trial,
    // 宁波市献血条例 2020-05-15 → 浙江's 办法 as revised 2020-11-27) sits in an earlier column. The link then runs from
    // the higher box's left edge back to the lower box's right edge, its label right of the lower box: drawn the usual
    // way it looped from the higher box's right edge across both boxes, and its label "0.90 · 2422 天" sat at the lower
    // box's left edge among the labels of the links that arrive from the left, so it read as the national law's link.
    // In one column (same date, other band) it runs as a bracket round the boxes' left edges.
    const back = lo.x + lo.width <= hi.x;
    const same = !back && lo.x < hi.x + hi.width;
    const x1 = back || same ? hi.x : hi.x + hi.width;
    const x2 = back ? lo.x + lo.width : lo.x;
    const dx = Math.max(40, Math.abs(x2 - x1) / 2);
    const [c1, c2] = back ? [x1 - dx, x2 + dx] : same ? [x1 - 40, x2 - 40] : [x1 + dx, x2 - dx];
    const curve = [x1, y1, c1, y1, c2, y2, x2, y2] as const;
    const path = `M${x1},${y1} C${c1},${y1} ${c2},${y2} ${x2},${y2}`;
    // The label sits on the link's last stretch, just before the lower end (where the curve runs flat), on the side
    // the curve does not go: its control points' y's are y1, y1, y2, y2, so every point of it lies between y1 and y2,
    // and a label wholly below y2 (curve from above) or above it (from below, or level) is never crossed by its own
    // curve. Session 38: "落实 62 · 部分 5 · … · 637 天" sat 3 px over the end of its 6.6 px pair line, which ran
    // along and up through the text (47 of 201 points of 山东's curve inside its label's box); 浙江's curve came down
    // through its label from the law above. Several links into one row stack their labels away from the curve, each
    // clear of every label already at that box's edge (session 32 trial: an opened law pair stacked three labels of one
    // row into the labels of the row above, unreadable).
    const gap = back ? lo.x + lo.width + columnGap : lo.x;
    const placed = gaps.get(gap) ?? [];
    const half = linkStrokeWidth(link) / 2 + G.labelClear;
    const below = y1 < y2;
    const step = below ? G.labelLine : -G.labelLine;
    let ly = below ? y2 + half + G.labelAscent : y2 - half - G.labelDescent;
    while (placed.some((p) => Math.abs(p - ly) < G.labelLine)) ly += step;
    placed.push(ly);
    gaps.set(gap, placed);
    laid.set(link, { link, path, curve, label: back ? { x: x2 + 6, y: ly, anchor: 'start' } : { x: x2 - 6, y: ly, anchor: 'end' } });
  }
  const links = c.links.flatMap((l) => laid.get(l) ?? []);
  const width = left + dates.length * (G.boxWidth + columnGap);
  return { width, height: y, boxes, links, columns: dates.map((date) => ({ date, x: columnX.get(date)! })), bands };
}

/**
 * How a pointer picks a link (session 33, from session 32's trial on the opened pair 河南 → 献血法: 24 article
 * curves across one 120 px column gap, and of 75 clicks at ¼, ½ and ¾ along them only 4 opened their own link: the
 * 10 px hit lines and the labels drawn over them took the rest). A click goes to the nearest curve when one is
 * within `maxDistance` px (the hit line's half-width, 5 px, plus a stroke's); `samples` points per curve then a
 * finer look around the best one find the distance to well under a pixel on curves of up to ~400 px.
 */
export const LINK_HIT: LinkHitOptions = { maxDistance: 8, samples: 48, refine: 12 };

export interface LinkHitOptions {
  maxDistance: number;
  samples: number;
  refine: number;
}

function bezierAt(c: LinkLayout['curve'], t: number): [number, number] {
  const u = 1 - t;
  const [a, b, cc, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return [a * c[0] + b * c[2] + cc * c[4] + d * c[6], a * c[1] + b * c[3] + cc * c[5] + d * c[7]];
}

/** Distance in px from (x, y) to a link's curve. */
export function curveDistance(c: LinkLayout['curve'], x: number, y: number, opts: LinkHitOptions = LINK_HIT): number {
  let best = Infinity;
  let bestT = 0;
  for (let i = 0; i <= opts.samples; i++) {
    const t = i / opts.samples;
    const [px, py] = bezierAt(c, t);
    const d = Math.hypot(px - x, py - y);
    if (d < best) [best, bestT] = [d, t];
  }
  const step = 1 / opts.samples;
  for (let i = -opts.refine; i <= opts.refine; i++) {
    const t = Math.min(1, Math.max(0, bestT + (i * step) / opts.refine));
    const [px, py] = bezierAt(c, t);
    best = Math.min(best, Math.hypot(px - x, py - y));
  }
  return best;
}

/** The link whose curve is nearest to (x, y) in the diagram's coordinates, when one is within `maxDistance`. */
export function nearestLink(layout: Pick<CascadeLayout, 'links'>, x: number, y: number, opts: LinkHitOptions = LINK_HIT): LinkLayout | null {
  let best: LinkLayout | null = null;
  let bestD = opts.maxDistance;
  for (const l of layout.links) {
    // A Bézier curve lies within its control points' hull: skip the far ones cheaply.
    const xs = [l.curve[0], l.curve[2], l.curve[4], l.curve[6]];
    const ys = [l.curve[1], l.curve[3], l.curve[5], l.curve[7]];
    if (x < Math.min(...xs) - opts.maxDistance || x > Math.max(...xs) + opts.maxDistance) continue;
    if (y < Math.min(...ys) - opts.maxDistance || y > Math.max(...ys) + opts.maxDistance) continue;
    const d = curveDistance(l.curve, x, y, opts);
    if (d <= bestD) [best, bestD] = [l, d];
  }
  return best;
}

/**
 * Where the diagram opens scrolled (session 39): the scroller's left offset that shows the root's box whole and as
 * many other boxes whole as fit in the width the band names leave (`gutter` px at the left edge are theirs, opaque),
 * on a tie the fewest boxes cut by an edge, then the offset nearest the one centring the root. Session 38 trial: the
 * 节约能源法's cascade opened centred on the law, so 山东's and 河南's 2017 boxes were half out of sight at 1440 px with
 * the band name over them. The candidates are the offsets that put a box's edge at an edge of the view.
 */
export function openingScrollLeft(layout: Pick<CascadeLayout, 'width' | 'boxes'>, rootDoc: string, viewWidth: number, gutter: number): number {
  const max = Math.max(0, layout.width - viewWidth);
  const root = layout.boxes.find((b) => b.doc.id === rootDoc);
  if (!root || max === 0) return 0;
  const clamp = (x: number) => Math.min(max, Math.max(0, Math.round(x)));
  const centred = clamp(root.x + root.width / 2 - (gutter + viewWidth) / 2);
  const pad = 8;
  const candidates = new Set<number>([0, max, centred]);
  for (const b of layout.boxes) {
    candidates.add(clamp(b.x - gutter - pad));
    candidates.add(clamp(b.x + b.width + pad - viewWidth));
  }
  const whole = (b: BoxLayout, left: number) => b.x >= left + gutter && b.x + b.width <= left + viewWidth;
  const cut = (b: BoxLayout, left: number) => !whole(b, left) && b.x < left + viewWidth && b.x + b.width > left + gutter;
  let best = { left: centred, seen: -1, cut: Infinity, off: Infinity };
  for (const left of candidates) {
    if (!whole(root, left)) continue;
    const seen = layout.boxes.filter((b) => whole(b, left)).length;
    const cuts = layout.boxes.filter((b) => cut(b, left)).length;
    const off = Math.abs(left - centred);
    if (seen > best.seen || (seen === best.seen && (cuts < best.cut || (cuts === best.cut && off < best.off)))) best = { left, seen, cut: cuts, off };
  }
  // A root wider than the view (never at 250 px): its left edge after the band names.
  return best.seen < 0 ? clamp(root.x - gutter - pad) : best.left;
}
