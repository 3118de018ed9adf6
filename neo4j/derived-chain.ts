// The higher measures a lower document carries through a chain of intermediate documents (coverage/index.ts
// measureRows, "via"), for the gap queries (region-gaps, coverage-gaps) to read instead of walking the paths.
// Same conditions as the module: one or two intermediates, each in the corpus, with a level, in a region on the
// lower document's region chain, of a level strictly between the higher document's and the lower one's, the
// second (a province's) above the first (a city's); the lower and the higher document both with a level. A chain
// says 'implements' when every link of it does (the weakest link), else it is partial.
import { LEVEL_RANK, type Level } from '../graph-schema/index.js';

type Attrs = Record<string, unknown>;

/** Lower document → higher measure → whether some chain to it says 'implements' (documents with a chain only). */
export function chainVerdicts(
  attrs: Map<string, Attrs>,
  edges: readonly { source: string; target: string; attributes: unknown }[],
  /** Lower document → the higher measures its own measures IMPLEMENTS → whether a link to it says 'implements'. */
  verdicts: Map<string, Map<string, boolean>>,
  /** coverage/options.ts `chain.named`: no chain to a measure of a document the lower document names (CITES). */
  named = false,
  /** Whether an IMPLEMENTS link says 'implements' as coverage reads it (neo4j/derived.ts: COVERAGE_OPTIONS.longLower). */
  strong: (source: string, a: Attrs) => boolean = (_s, a) => a.verdict === 'implements',
): Map<string, Map<string, boolean>> {
  const parentOf = new Map<string, string>();
  // Document → the documents it or its measures name (CITES), for `named`.
  const names = new Map<string, Set<string>>();
  // Measure → its own links: target and whether it says 'implements'.
  const outOf = new Map<string, [string, boolean][]>();
  for (const { source, target, attributes } of edges) {
    const a = attributes as Attrs;
    if (a.type === 'PART_OF') parentOf.set(String(attrs.get(source)?.name), String(attrs.get(target)?.name));
    else if (a.type === 'CITES' && named) {
      const from = attrs.get(source)?.type === 'Measure' ? String(attrs.get(source)?.docId) : source;
      let set = names.get(from);
      if (!set) names.set(from, (set = new Set()));
      set.add(target);
    } else if (a.type === 'IMPLEMENTS' && typeof a.verdict === 'string') {
      let list = outOf.get(source);
      if (!list) outOf.set(source, (list = []));
      list.push([target, strong(source, a)]);
    }
  }
  const docIdOf = (measure: string) => attrs.get(measure)?.docId as string | undefined;
  const rankOf = (doc: string | undefined): number | undefined => {
    const level = doc === undefined ? undefined : attrs.get(doc)?.level;
    return typeof level === 'string' && level in LEVEL_RANK ? LEVEL_RANK[level as Level] : undefined;
  };

  const out = new Map<string, Map<string, boolean>>();
  for (const [lowerId, seen] of verdicts) {
    const bottom = rankOf(lowerId);
    if (bottom === undefined) continue;
    const chain = new Set<string>();
    for (let r = attrs.get(lowerId)?.region as string | undefined; typeof r === 'string' && !chain.has(r); r = parentOf.get(r)) chain.add(r);
    // An intermediate's rank: in the corpus, above the lower document, on its region chain (undefined: none).
    const ranks = new Map<string, number | undefined>();
    const intermediate = (doc: string | undefined): number | undefined => {
      if (doc === undefined || doc === lowerId) return undefined;
      if (ranks.has(doc)) return ranks.get(doc);
      const d = attrs.get(doc);
      const r = rankOf(doc);
      const ok = d?.inCorpus === true && r !== undefined && r < bottom && typeof d.region === 'string' && chain.has(d.region);
      ranks.set(doc, ok ? r : undefined);
      return ok ? r : undefined;
    };
    const via = new Map<string, boolean>();
    // The higher measure `hm` reached with verdict `strong` through intermediates the highest of which has rank `above`.
    const reach = (hm: string, strong: boolean, above: number) => {
      const top = rankOf(docIdOf(hm));
      if (named && names.get(lowerId)?.has(docIdOf(hm) ?? '')) return;
      if (top !== undefined && top < above) via.set(hm, via.get(hm) === true || strong);
    };
    for (const [m1, s1] of seen) {
      const r1 = intermediate(docIdOf(m1));
      if (r1 === undefined) continue;
      for (const [m2, s2] of outOf.get(m1) ?? []) {
        reach(m2, s1 && s2, r1);
        // A second intermediate above the first: lower → m1 (a city's) → m2 (a province's) → the higher measure.
        const r2 = intermediate(docIdOf(m2));
        if (r2 === undefined || !(r2 < r1)) continue;
        for (const [m3, s3] of outOf.get(m2) ?? []) reach(m3, s1 && s2 && s3, r2);
      }
    }
    if (via.size) out.set(lowerId, via);
  }
  return out;
}
