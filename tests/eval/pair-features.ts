// Pair features, weighed before they are built into the linker (session 23, issue 13): a candidate feature of a
// (lower measure, higher measure) pair is computed for every aligned candidate the linker recorded
// (recordedIngest: the linker's own candidates, signals and rules' facts), combined with the pair's score, and the
// linker's own selection replayed (links.ts select), so that a feature is judged by the links and verdicts it would
// give, per dev set, before any change to ingest/link/. Only aligned candidates are re-scored: a feature cannot
// bring in a candidate the cheap signals did not align (2-6 gold links per dev set are such).
// `npx tsx tests/eval/pair-features.ts [--sets fire,legalaid,unseen,charity,real]` prints the grids of the two
// features measured in session 23 (tests/eval/README.md "Pair features"). Dev sets only: never a held-out set.
import { readFileSync } from 'node:fs';
import type { Genre } from '../../graph-schema/index.js';
import { DEFAULT_LINK_OPTIONS, profileFor } from '../../ingest/link/options.js';
import { bestParagraphPair } from '../../ingest/link/paragraph-pair.js';
import { coverageAccuracy, readGoldLinks, recordedIngest, scoreLinks, select, withLinks, type Candidates, type GoldLinks, type Selection } from './links.js';
import type { Snapshot } from '../../graph-schema/index.js';
import { HELD_OUT_LINK_SETS, SETS, type SetId } from './sets.js';

/** One dev set ingested with the linker's selections recorded, and its measures' texts and documents. */
export interface FeatureSet {
  id: SetId;
  gold: GoldLinks;
  snapshot: Snapshot;
  cands: Candidates;
  text: Map<string, string>;
  docOf: Map<string, string>;
}

/** Sets the harness may read: the held-out link sets are refused (their errors are never read). */

export async function loadFeatureSet(id: SetId): Promise<FeatureSet> {
  if (HELD_OUT_LINK_SETS.includes(id)) throw new Error(`pair-features: ${id} is a held-out link set`);
  const set = SETS[id];
  if (!set.links) throw new Error(`pair-features: ${id} has no link gold`);
  const gold = readGoldLinks(new URL(`file://${set.links}`));
  const { snapshot, cands } = await recordedIngest(set.corpus);
  const [text, docOf] = [new Map<string, string>(), new Map<string, string>()];
  for (const n of snapshot.nodes) {
    if (n.attributes.type !== 'Measure') continue;
    text.set(n.key, n.attributes.text);
    docOf.set(n.key, n.attributes.docId);
  }
  return { id, gold, snapshot, cands, text, docOf };
}

/** A feature of a pair in [0, 1], made per set (it may count over the set's documents). */
export type PairFeature = (set: FeatureSet) => (lower: string, higher: string) => number;

/** How the feature meets the pair's score: `add` w × feature to the score (thresholds raised by `delta`), `max` the
 *  text signal raised to w × feature, `factor` the score multiplied by w + (1 − w) × feature. Regulations only. */
export interface Combination {
  how: 'add' | 'max' | 'factor';
  w: number;
  delta?: number;
}

export interface ReplayFigures {
  set: SetId;
  f1: number;
  tp: number;
  fp: number;
  /** Coverage verdicts right per higher measure. */
  right: number;
}

/** The linker's selection replayed on each set with the feature combined into its regulations' candidates. With
 *  `feature` undefined, the linker's own links (the replay test shows the replay is ingest's). */
export function replayWith(sets: FeatureSet[], feature?: PairFeature, c: Combination = { how: 'add', w: 0 }): ReplayFigures[] {
  return sets.map((s) => {
    const f = feature?.(s);
    const records = s.cands.records.map((r) => {
      if (!f || r.genre !== 'regulation') return r;
      return {
        ...r,
        candidates: r.candidates.map((k) => {
          const x = f(r.lower, k.higher);
          if (c.how === 'add') return { ...k, signals: { ...k.signals, reuse: x } };
          if (c.how === 'max') return { ...k, signals: { ...k.signals, text: Math.max(k.signals.text, c.w * x) } };
          return { ...k, factor: k.factor * (c.w + (1 - c.w) * x) };
        }),
      };
    });
    const sel = (g: Genre): Selection => {
      const p = profileFor(DEFAULT_LINK_OPTIONS, g);
      const add = f && g === 'regulation' && c.how === 'add';
      const delta = add ? (c.delta ?? 0) : 0;
      return { weights: add ? { ...p.weights, reuse: c.w } : p.weights, partial: p.thresholds.partial + delta, implements: p.thresholds.implements + delta, relative: p.relative, topK: p.topK };
    };
    const snap = withLinks(s.snapshot, select({ ...s.cands, records }, sel));
    const sc = scoreLinks(s.gold, snap);
    return { set: s.id, f1: sc.f1, tp: sc.tp, fp: sc.fp, right: coverageAccuracy(s.gold, snap).right };
  });
}

const LABEL = /^\s*第[一二三四五六七八九十百零〇]+条(?:之[一二三四五六七八九十]+)?/;
function hanBigrams(t: string): Set<string> {
  const out = new Set<string>();
  for (const run of t.split(/[^\u4e00-\u9fff]+/)) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}
/** A measure's paragraphs (款, its lines) of at least six characters, its label left out. */
export const paragraphs = (t: string) => t.replace(LABEL, '').split('\n').map((s) => s.trim()).filter((s) => s.length >= 6);

/** Each document pair's weights, counted once: IDF over the units (paragraphs, measures) of the two documents. */
function pairIdf(s: FeatureSet, unitsOf: (id: string) => Set<string>[]) {
  const cache = new Map<string, (x: string) => number>();
  return (ld: string, hd: string) => {
    const key = `${ld}\n${hd}`;
    let w = cache.get(key);
    if (w) return w;
    const df = new Map<string, number>();
    let n = 0;
    for (const [id, d] of s.docOf) {
      if (d !== ld && d !== hd) continue;
      for (const u of unitsOf(id)) {
        n++;
        for (const x of u) df.set(x, (df.get(x) ?? 0) + 1);
      }
    }
    cache.set(key, (w = (x: string) => Math.log(n / (df.get(x) ?? 1))));
    return w;
  };
}

/** Paragraph-level evidence (brief item 1): the best pair of a lower paragraph and a higher one, by the cosine of
 *  their character bigrams weighted by IDF over the two documents' paragraphs (boilerplate of both weighs ~0), a
 *  long article carried by a short one not diluted by the rest of it. `norm` 'cosine' or 'shorter' (the overlap
 *  over the shorter paragraph's weight). */
export const paragraphPairs = (norm: 'cosine' | 'shorter' = 'cosine'): PairFeature => (s) => {
  const parts = new Map<string, Set<string>[]>();
  const of = (id: string) => parts.get(id) ?? parts.set(id, paragraphs(s.text.get(id) ?? '').map(hanBigrams).filter((b) => b.size >= 5)).get(id)!;
  const idf = pairIdf(s, of);
  return (l, h) => bestParagraphPair(of(l), of(h), idf(s.docOf.get(l)!, s.docOf.get(h)!), norm);
};

/** The lexicon of actorDuties (tests/eval/actor-duties.txt). */
export function readActorDuties(url = new URL('./actor-duties.txt', import.meta.url)): Record<'heads' | 'domains' | 'verbs', string[]> {
  const out: Record<string, string[]> = {};
  let section = '';
  for (const line of readFileSync(url, 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim())) {
    const m = /^\[(\w+)\]$/.exec(line);
    if (m) section = m[1];
    else if (line && section) (out[section] ??= []).push(...line.split('|').map((w) => w.trim()).filter(Boolean));
  }
  return { heads: out.heads ?? [], domains: out.domains ?? [], verbs: out.verbs ?? [] };
}

/** The (actor, duty verb) pairs of a measure: in each clause whose subject (up to its first modal or duty verb, within
 *  40 characters) names an actor, its last head with the field found in the ten characters before it (the region left
 *  out; 乡、镇 government apart), with the first three duty verbs from the subject's end. */
export function actorDutyPairs(text: string, lex: ReturnType<typeof readActorDuties>): Set<string> {
  const head = new RegExp(`(${lex.heads.join('|')})`, 'g');
  const verbs = new RegExp(`(${lex.verbs.join('|')})`, 'g');
  // The subject runs to the first modal or duty verb; its actor is its last head (县级以上人民政府卫生健康主管部门: the department).
  const subjectEnd = new RegExp(`应当|应|可以|依法|按照|${lex.verbs.join('|')}`);
  const out = new Set<string>();
  for (const part of text.replace(/\s+/g, '').replace(LABEL, '').split(/[。；;\n]/)) {
    const end = part.search(subjectEnd);
    if (end < 0 || end > 40) continue;
    const m = [...part.slice(0, end).matchAll(head)].pop();
    if (!m) continue;
    const before = part.slice(Math.max(0, m.index - 10), m.index);
    const field = lex.domains.find((d) => before.includes(d)) ?? '';
    const level = m[1] === '人民政府' && /乡|镇|街道/.test(before) ? '乡镇' : '';
    const actor = `${level}${field}${/^(?:主管|行政|管理)部门$/.test(m[1]) ? '部门' : m[1]}`;
    for (const v of [...part.slice(end).matchAll(verbs)].slice(0, 3)) out.add(`${actor}|${v[1]}`);
  }
  return out;
}

/** Actor + duty matching (brief item 2): cosine of the two measures' (actor, duty) pairs, each weighted by its
 *  rarity (IDF over the two documents' measures). */
export const actorDuties = (lex = readActorDuties()): PairFeature => (s) => {
  const pairs = new Map<string, Set<string>>();
  const of = (id: string) => pairs.get(id) ?? pairs.set(id, actorDutyPairs(s.text.get(id) ?? '', lex)).get(id)!;
  const idf = pairIdf(s, (id) => [of(id)]);
  return (l, h) => {
    const w = idf(s.docOf.get(l)!, s.docOf.get(h)!);
    const [a, b] = [of(l), of(h)];
    let [wa, wb, both] = [0, 0, 0];
    for (const x of a) wa += w(x) ** 2;
    for (const x of b) {
      wb += w(x) ** 2;
      if (a.has(x)) both += w(x) ** 2;
    }
    return wa && wb ? both / Math.sqrt(wa * wb) : 0;
  };
};

/** Article order (the diagonal of two texts that follow each other, as in sentence alignment): 1 when a higher
 *  measure lies within `span` measures of one the linker linked from the lower measure's neighbours (up to `reach`
 *  measures before or after it in its document) in the same higher document, decaying with the distance; 0 when the
 *  neighbours link nowhere in that document. */
export const articleOrder = (reach = 2, span = 2): PairFeature => (s) => {
  const ord = new Map<string, number>();
  const byDoc = new Map<string, string[]>();
  for (const n of s.snapshot.nodes) {
    if (n.attributes.type !== 'Measure') continue;
    ord.set(n.key, n.attributes.ordinal);
  }
  const linked = new Map<string, string[]>();
  for (const e of s.snapshot.edges) if (e.attributes.type === 'IMPLEMENTS') (linked.get(e.source) ?? linked.set(e.source, []).get(e.source)!).push(e.target);
  const lowers = new Set(s.cands.records.map((r) => r.lower));
  for (const id of lowers) (byDoc.get(s.docOf.get(id)!) ?? byDoc.set(s.docOf.get(id)!, []).get(s.docOf.get(id)!)!).push(id);
  for (const ids of byDoc.values()) ids.sort((a, b) => ord.get(a)! - ord.get(b)!);
  const pos = new Map<string, number>();
  for (const ids of byDoc.values()) ids.forEach((id, i) => pos.set(id, i));
  // Higher measures of one document in order, to measure distance in articles.
  const hiPos = new Map<string, number>();
  const hiByDoc = new Map<string, string[]>();
  for (const [id, d] of s.docOf) (hiByDoc.get(d) ?? hiByDoc.set(d, []).get(d)!).push(id);
  for (const ids of hiByDoc.values()) ids.sort((a, b) => ord.get(a)! - ord.get(b)!).forEach((id, i) => hiPos.set(id, i));
  return (l, h) => {
    const ids = byDoc.get(s.docOf.get(l)!)!;
    const i = pos.get(l)!;
    const hd = s.docOf.get(h)!;
    let best = Infinity;
    for (let j = Math.max(0, i - reach); j <= Math.min(ids.length - 1, i + reach); j++) {
      if (j === i) continue;
      for (const t of linked.get(ids[j]) ?? []) if (s.docOf.get(t) === hd) best = Math.min(best, Math.abs(hiPos.get(t)! - hiPos.get(h)!));
    }
    return best === Infinity ? 0 : best <= span ? 1 : Math.max(0, 1 - (best - span) / 5);
  };
};

function line(name: string, figs: ReplayFigures[]): string {
  const mean = figs.reduce((a, f) => a + f.f1, 0) / figs.length;
  const right = figs.reduce((a, f) => a + f.right, 0);
  return `${name.padEnd(34)} mean F1 ${mean.toFixed(4)}  verdicts ${right}  ${figs.map((f) => `${f.set} ${f.f1.toFixed(3)} ${f.tp}/${f.fp} ${f.right}`).join(' | ')}`;
}

async function main(): Promise<void> {
  const arg = process.argv.indexOf('--sets');
  const ids = (arg > 0 ? process.argv[arg + 1] : 'fire,legalaid,unseen,charity,real').split(',') as SetId[];
  const sets: FeatureSet[] = [];
  for (const id of ids) sets.push(await loadFeatureSet(id));
  console.log(line('linker (replayed)', replayWith(sets)));
  const features: [string, PairFeature][] = process.argv.includes('--order') ? [['order 2/2', articleOrder(2, 2)], ['order 1/1', articleOrder(1, 1)], ['order 3/3', articleOrder(3, 3)]] : [['paragraph pair (cosine)', paragraphPairs('cosine')], ['paragraph pair (shorter)', paragraphPairs('shorter')], ['actor + duty', actorDuties()]];
  for (const [name, f] of features) {
    for (const w of [0.02, 0.05, 0.1, 0.2]) for (const delta of [0, 0.01, 0.02]) console.log(line(`${name} add ${w} +${delta}`, replayWith(sets, f, { how: 'add', w, delta })));
    for (const w of [0.15, 0.2, 0.3]) console.log(line(`${name} max ${w}`, replayWith(sets, f, { how: 'max', w })));
    for (const w of [0.7, 0.8, 0.9]) console.log(line(`${name} factor ${w}`, replayWith(sets, f, { how: 'factor', w })));
  }
}

if (process.argv[1]?.endsWith('pair-features.ts')) void main();
