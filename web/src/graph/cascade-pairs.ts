// The cascade grouped by pair of documents: one row per lower document and the document it carries out, with
// its links counted by verdict, their median score and lag, and which of the higher document's measures in the
// cascade it carries and which it leaves out. A law's whole-document cascade is hundreds of article links at once
// (物业管理条例 on the law mirror, session 24: 616 implements and 83 partial); grouped it is one row per pair (10),
// each opened on demand. Pure: the report, the explorer's cascade view and its tests share it.
import type { NodeOf } from '../../../graph-schema/index.js';
import { isPlanMeasure } from '../../../coverage/index.js';
import { measuresOf, type Cascade, type CascadeKind, type CascadeLink, type CascadeMeasure } from './cascade.js';
import type { AnyPolicyGraph } from './time.js';

export interface CascadePair {
  /** `<lowerDoc>→<higherDoc>`: the key the view expands by. */
  key: string;
  lowerDoc: string;
  higherDoc: string;
  /** The strongest kind among its links (implements, then partial, then cites): how the pair is drawn. */
  kind: CascadeKind;
  implements: number;
  partial: number;
  /** Places of the lower document that cite the higher one (0: no citation). */
  cites: number;
  /** Median score of its IMPLEMENTS links (implements and partial). */
  medianScore?: number;
  /** Median lag of its links, in days, and the range when they differ. */
  lagDays?: number;
  lagMin?: number;
  lagMax?: number;
  lagApprox?: boolean;
  /** The higher document's measures in the cascade that a link from the lower document reaches, in text order. */
  carried: CascadeMeasure[];
  /** How many measures it is measured against (carried of these + notCarried). */
  measuresTotal: number;
  /** Those it reaches none of: for the root document, every measure that asks something (coverage's plan measures:
   *  not notices, preambles or a law's framing articles); below it, its measures that carry the cascade on (the
   *  lower end of a link into it). Empty for a citation alone, which names a document and carries no measure. */
  notCarried: CascadeMeasure[];
  /** Its links, as the cascade has them. */
  links: CascadeLink[];
}

export const pairKey = (lowerDoc: string, higherDoc: string) => `${lowerDoc}→${higherDoc}`;

function median(xs: number[]): number | undefined {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const measureOf = (g: AnyPolicyGraph, id: string): NodeOf<'Measure'> | null => {
  if (!g.hasNode(id)) return null;
  const a = g.getNodeAttributes(id);
  return a.type === 'Measure' ? a : null;
};

/** The measures a pair into `higherDoc` is measured against (CascadePair.notCarried): the root document's that ask
 *  something (the root measure of a measure's cascade); below it, the document's measures that carry the cascade on
 *  (the lower end of a link into it), not every measure of a document that joined by citing (cypher/document-cascade
 *  counts the same). */
function against(g: AnyPolicyGraph, c: Cascade, higherDoc: string, carriers: ReadonlySet<string | undefined>): CascadeMeasure[] {
  const docMeasures = c.docs.find((d) => d.id === higherDoc)?.measures ?? [];
  if (higherDoc !== c.rootDoc) return docMeasures.filter((m) => carriers.has(m.id));
  if (c.root !== c.rootDoc) return docMeasures.filter((m) => m.id === c.root);
  return measuresOf(g, higherDoc).flatMap((id) => {
    const m = measureOf(g, id);
    return m && isPlanMeasure(m) ? [{ id, name: m.name, path: m.path }] : [];
  });
}

/** One row per pair of documents of the cascade, in the order of its documents (lower, then higher). */
export function cascadePairs(g: AnyPolicyGraph, c: Cascade): CascadePair[] {
  const byKey = new Map<string, CascadeLink[]>();
  for (const l of c.links) {
    const key = pairKey(l.lowerDoc, l.higherDoc);
    const list = byKey.get(key);
    if (list) list.push(l);
    else byKey.set(key, [l]);
  }
  const order = new Map(c.docs.map((d, i) => [d.id, i]));
  const carriers = new Set(c.links.map((l) => l.lower));
  const rank = (id: string) => order.get(id) ?? order.size;
  const pairs = [...byKey.values()].map((links): CascadePair => {
    const { lowerDoc, higherDoc } = links[0];
    const count = (k: CascadeKind) => links.filter((l) => l.kind === k).length;
    const implementing = links.filter((l) => l.kind !== 'cites');
    const lags = links.flatMap((l) => (l.lagDays !== undefined ? [l.lagDays] : []));
    const reached = new Set(implementing.map((l) => l.higher));
    const base = implementing.length ? against(g, c, higherDoc, carriers) : [];
    const inBase = new Set(base.map((m) => m.id));
    // A link can reach a measure outside the base (a chapter heading of the root, a notice): carried all the same.
    const extra = [...reached].filter((id): id is string => !!id && !inBase.has(id)).flatMap((id) => {
      const m = measureOf(g, id);
      return m ? [{ id, name: m.name, path: m.path, at: m.span[0] }] : [];
    });
    const carried = [...base.filter((m) => reached.has(m.id)), ...extra.sort((a, b) => a.at - b.at).map(({ at: _at, ...m }) => m)];
    const lagDays = median(lags);
    const kind: CascadeKind = count('implements') ? 'implements' : count('partial') ? 'partial' : 'cites';
    return {
      key: pairKey(lowerDoc, higherDoc),
      lowerDoc,
      higherDoc,
      kind,
      implements: count('implements'),
      partial: count('partial'),
      cites: links.filter((l) => l.kind === 'cites').reduce((n, l) => n + (l.places ?? 1), 0),
      ...(implementing.length ? { medianScore: median(implementing.map((l) => l.score ?? 0)) } : {}),
      ...(lagDays !== undefined ? { lagDays: Math.round(lagDays), lagMin: Math.min(...lags), lagMax: Math.max(...lags) } : {}),
      ...(links.some((l) => l.lagApprox) ? { lagApprox: true } : {}),
      carried,
      measuresTotal: base.length,
      notCarried: base.filter((m) => !reached.has(m.id)),
      links,
    };
  });
  return pairs.sort((a, b) => rank(a.lowerDoc) - rank(b.lowerDoc) || rank(a.higherDoc) - rank(b.higherDoc));
}

/** The cascade as the view draws it: one link per pair of documents (the pair on it), and the article links of the
 *  pairs in `open` instead of theirs; a document's measure rows only where an open pair's link ends. A cascade from
 *  one measure is drawn link by link (a few links, and they are the point). */
export function groupedCascade(c: Cascade, pairs: CascadePair[], open: ReadonlySet<string>): Cascade {
  if (c.root !== c.rootDoc) return c;
  const shown = new Map<string, Set<string>>();
  const show = (doc: string, m: string | undefined) => {
    if (!m) return;
    const set = shown.get(doc) ?? new Set<string>();
    set.add(m);
    shown.set(doc, set);
  };
  const links: CascadeLink[] = [];
  for (const p of pairs) {
    if (!open.has(p.key)) {
      links.push({ kind: p.kind, lowerDoc: p.lowerDoc, higherDoc: p.higherDoc, pair: p, ...(p.medianScore !== undefined ? { score: p.medianScore } : {}), ...(p.lagDays !== undefined ? { lagDays: p.lagDays } : {}), ...(p.lagApprox ? { lagApprox: true } : {}) });
      continue;
    }
    for (const l of p.links) {
      links.push(l);
      show(l.lowerDoc, l.lower);
      show(l.higherDoc, l.higher);
    }
  }
  const docs = c.docs.map((d) => ({ ...d, measures: d.measures.filter((m) => shown.get(d.id)?.has(m.id)) }));
  return { ...c, docs, links };
}
