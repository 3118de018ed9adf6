// The basis closure (options.basisClosure, session 61, issue 13): a lower document whose basis clause (basis.ts, 根据《中华
// 人民共和国招标投标法》…，结合本市实际，制定本条例) names a document of the corpus carries out what it names there, not a
// national text of a neighbouring subject it never names. It may implement only (a) the documents its basis clause names,
// (b) transitively, those their own basis clauses name (a city naming only its province's 条例 keeps the law the province
// carries out), (c) other texts of the same title (versions), and (d) any text it cites by title anywhere in its body. A
// basis clause naming nothing in the corpus (or only 有关法律、法规) changes nothing. Session 60's mixed corpus: 26 links
// 重庆市招标投标条例 → 政府采购法实施条例 and 18 北京市招标投标条例 → 政府采购法实施条例, both regulations naming
// 招标投标法 (and the 实施条例 of it) as their basis and never the 政府采购法's. (e) (`sameBasis`): a text of the lower
// document's region chain made under what the lower one names is in its closure too.
// Pure data on the rule facts (rules.ts RuleDoc): no Node builtins (coverage and the explorer import rules.ts).
import type { Level } from '../../graph-schema/index.js';
import type { ProcessedDoc } from '../snapshot/types.js';
import { titleKey } from './basis.js';

/** The nation-wide region (rules.ts NATIONWIDE; not imported: rules.ts imports this module). */
const NATIONWIDE = '全国';

export interface BasisClosureRule {
  /** (b): follow the basis clauses of the documents named, to any depth. */
  transitive: boolean;
  /** (d): the titles the lower document cites anywhere (its citations, extract/citations.ts) are in its closure. */
  cited: boolean;
  /** (e): a document of the lower one's region chain (its own region or one above it) whose basis clause names a document of
   *  the closure's (a)-(b) part: another text carrying out what the lower document carries out, of a body the lower one
   *  stands under. A 设区的市's regulation is approved by its province's standing committee, which checks it against the
   *  province's own regulations (立法法 第八十一条): 宁波市志愿服务条例 names only 国务院《志愿服务条例》 "和其他相关法律、法规",
   *  and its gold links to 浙江省志愿服务条例, made under the same 条例 (development set `real`, the one gold pair (a)-(d)
   *  excluded, session 61). */
  sameBasis: boolean;
  /** The levels of the higher documents the closure restricts (closureAllows); absent: every level. Session 62 (helper
   *  closure2): `['central', 'national']` — a lower document stands under every text of its own region chain above it
   *  (province, city) as the region, subject and sibling rules decide, whatever its basis clause names: a 设区的市's
   *  regulation is approved by its province's standing committee, which checks it against all the province's own
   *  regulations (立法法 第八十一条), and a basis clause names the national law it carries out, seldom its province's text.
   *  The closure keeps a lower document from a national text of a neighbouring subject (重庆市招标投标条例 → 政府采购法
   *  实施条例). Session 61's closure over every level cut, in the held-out totals, a city's regulation from its province's
   *  one that the city's basis names neither. */
  levels?: Level[];
}

/** Whether the closure restricts a higher document of this level (BasisClosureRule.levels). A higher document of no read
 *  level is restricted only by a rule over every level. */
export const closureRestricts = (rule: Pick<BasisClosureRule, 'levels'> | null | undefined, level: Level | undefined): boolean =>
  !rule?.levels || (level !== undefined && rule.levels.includes(level));

/** A title as the closure compares it (c): basis.ts titleKey, without a bracketed note at its end ((2017年修正)). */
export const closureKey = (title: string): string => titleKey(title.replace(/[（(][^）)]*[）)]\s*$/, '').trim());

/** The titles (closureKey) a document cites anywhere in its text. */
export function citedTitleKeys(p: ProcessedDoc): string[] {
  return [...new Set(p.extraction.citations.map((c) => closureKey(c.title)))].sort();
}

/** Each document's closure (closureKey titles it may implement), or undefined where the rule leaves it free: its basis
 *  clause names no document of the corpus but itself. `titles` and `basis` are the documents' titleKey and basis titles
 *  (rules.ts RuleDoc.title, RuleDoc.basis); `cited` their citedTitleKeys. */
export function basisClosures(docs: { title?: string; basis?: string[]; region?: string; regionChain: string[] }[], cited: string[][], rule: BasisClosureRule): (string[] | undefined)[] {
  const present = new Map<string, number[]>();
  docs.forEach((d, i) => {
    if (d.title === undefined) return;
    const k = closureKey(d.title);
    (present.get(k) ?? present.set(k, []).get(k)!).push(i);
  });
  // What each document's basis clause names of the corpus, read once (the (e) step asks it of every pair in a region chain).
  const namedOf = docs.map((d) => {
    const own = d.title === undefined ? undefined : closureKey(d.title);
    return [...new Set((d.basis ?? []).map(closureKey))].filter((k) => k !== own && present.has(k));
  });
  const named = (i: number) => namedOf[i];
  // (e)'s index: region ('' for none) → a title a basis clause names → the documents of that region naming it, by title.
  const byRegion = new Map<string, Map<string, Map<string, number[]>>>();
  if (rule.sameBasis) namedOf.forEach((ks, j) => {
    const t = docs[j].title;
    if (t === undefined) return;
    const r = docs[j].region ?? '';
    const byKey = byRegion.get(r) ?? byRegion.set(r, new Map()).get(r)!;
    for (const k of ks) {
      const byTitle = byKey.get(k) ?? byKey.set(k, new Map()).get(k)!;
      const key = closureKey(t);
      (byTitle.get(key) ?? byTitle.set(key, []).get(key)!).push(j);
    }
  });
  return docs.map((_, i) => {
    const first = named(i);
    if (!first.length) return undefined;
    const out = new Set(first);
    const queue = [...first];
    while (rule.transitive && queue.length) {
      for (const j of present.get(queue.shift()!)!) {
        for (const k of named(j)) {
          if (out.has(k)) continue;
          out.add(k);
          queue.push(k);
        }
      }
    }
    if (rule.sameBasis) {
      // A document of no region, of the nation or of the lower one's region chain, other than itself, naming a title of (a)-(b).
      const regions = new Set(['', NATIONWIDE, ...docs[i].regionChain]);
      const basis = [...out];
      for (const r of regions) {
        const byKey = byRegion.get(r);
        if (!byKey) continue;
        for (const k of basis) for (const [t, js] of byKey.get(k) ?? []) if (js.some((j) => j !== i)) out.add(t);
      }
    }
    if (rule.cited) for (const k of cited[i] ?? []) out.add(k);
    return [...out].sort();
  });
}
