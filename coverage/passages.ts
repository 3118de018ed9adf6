// The passage each gap-table row's link reuses (session 39): for every measure row of a pair's coverage that a lower
// measure carries out, the longest reused passage of the link the row's verdict opens (the lower measure's own link;
// through a chain the first one, lower → intermediate). The page's graph holds no passages (the server's does: they
// are fetched per link on demand), so the server sends them for a whole table in one answer
// (GET /api/gap-passages, web/server/coverage-routes.ts). Session 38 trial: 淄博's 第二条 (two definitions) named by its
// first sentence under the law's 第三条 read as a wrong link, while the link reuses its second paragraph.
import type { EdgeOf } from '../graph-schema/index.js';
import type { CoverageGraph } from './graph.js';
import { pairCoverage, type MeasureRow } from './index.js';

export interface GapPassage {
  /** The higher measure of the row. */
  id: string;
  /** The lower measure whose link reuses it, and the measure that link carries out (an intermediate's, via a chain). */
  lower: string;
  higher: string;
  /** The reused wording as the lower measure has it, and the higher wording when it differs. */
  text: string;
  higherText?: string;
  /** The reused span in the lower document (cleaned-text offsets). */
  span: [number, number];
}

/** The link a row's verdict opens: lower measure → the row's measure, or → the first intermediate of a chain. */
export function rowLink(row: Pick<MeasureRow, 'id' | 'implementedBy'>): { lower: string; higher: string } | null {
  const impl = row.implementedBy;
  return impl ? { lower: impl.id, higher: impl.via ? impl.via.id : row.id } : null;
}

/** The longest reused passage of the IMPLEMENTS link lower → higher (by the lower wording's length; the earlier on a
 *  tie), or undefined when there is no such link or it reuses nothing. */
export function longestPassage(g: CoverageGraph, lower: string, higher: string): Omit<GapPassage, 'id' | 'lower' | 'higher'> | undefined {
  if (!g.hasNode(lower) || !g.hasNode(higher)) return undefined;
  let best: EdgeOf<'IMPLEMENTS'>['evidence']['passages'][number] | undefined;
  for (const e of g.edges(lower, higher)) {
    const a = g.getEdgeAttributes(e);
    if (a.type !== 'IMPLEMENTS') continue;
    for (const p of a.evidence.passages ?? []) {
      const len = p.lower[1] - p.lower[0];
      if (!best || len > best.lower[1] - best.lower[0] || (len === best.lower[1] - best.lower[0] && p.lower[0] < best.lower[0])) best = p;
    }
  }
  if (!best) return undefined;
  return { text: best.text, ...(best.higherText && best.higherText !== best.text ? { higherText: best.higherText } : {}), span: [best.lower[0], best.lower[1]] };
}

/** Every row of the pair's measure table that has a passage: its id, its link and that link's longest passage. */
export function gapPassages(g: CoverageGraph, higher: string, lower: string): GapPassage[] {
  const out: GapPassage[] = [];
  for (const row of pairCoverage(g, higher, lower).measures) {
    const link = rowLink(row);
    const p = link && longestPassage(g, link.lower, link.higher);
    if (link && p) out.push({ id: row.id, ...link, ...p });
  }
  return out;
}
