// Session 24 (issue 13): where the dev sets' missed gold links and wrong coverage verdicts stand in the linker's
// records. Each dev link set is ingested with the linker's selections recorded (cached under /tmp so that rules can be
// weighed again quickly), the linker's selection replayed (links.ts select), and every missed gold link described by
// what the linker knew of it: was its candidate aligned, its score, its rank and ratio to the best among the candidates
// of the same higher document, whether the lower article has other links, the distance (in articles) to the higher
// article it was linked to, the chapter. Beside it, the same description of the non-gold candidates in the same place
// (a linked lower article's further candidates), to see whether anything separates them.
// `npx tsx tests/eval/second-links.ts [--sets real,unseen,legalaid,charity,fire,residents,teachers,statistics,sample] [--fresh] [--rows] [--verdicts]
// [--grid]`: figures per set; --rows each missed gold link; --verdicts each higher measure called implemented with its
// strong links; --grid the session-24 tables (second-link rules, the unlinked article's mutual best, partOfLonger's
// threshold on the replayed links; tests/eval/README.md "second-links"). Dev sets only.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Genre, Snapshot } from '../../graph-schema/index.js';
import { DEFAULT_LINK_OPTIONS, profileFor } from '../../ingest/link/options.js';
import { coverageAccuracy, measureKeys, readGoldLinks, recordedIngest, scoreLinks, select, withLinks, withReplayFacts, type Candidates, type GoldLinks, type Selection } from './links.js';
import { HELD_OUT_LINK_SETS, SETS, type SetId } from './sets.js';
import { tally } from './dev-cache.js';
import { clauseCount } from '../../ingest/link/implements.js';

const CACHE = '/tmp/h24-link-cache';

export interface DevSet {
  id: SetId;
  gold: GoldLinks;
  snapshot: Snapshot;
  cands: Candidates;
}

/** A dev link set ingested with the linker's records, from the cache when `fresh` is false. */
export async function loadDevSet(id: SetId, fresh = false): Promise<DevSet> {
  if (HELD_OUT_LINK_SETS.includes(id)) throw new Error(`second-links: ${id} is a held-out link set`);
  const set = SETS[id];
  if (!set.links) throw new Error(`second-links: ${id} has no link gold`);
  const gold = readGoldLinks(new URL(`file://${set.links}`));
  const file = `${CACHE}/${id}.json`;
  if (!fresh && existsSync(file)) {
    const { snapshot, cands } = JSON.parse(readFileSync(file, 'utf8')) as { snapshot: Snapshot; cands: Candidates };
    return { id, gold, snapshot, cands: withReplayFacts(snapshot, cands) };
  }
  const { snapshot, cands } = await recordedIngest(set.corpus);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, JSON.stringify({ snapshot, cands }));
  return { id, gold, snapshot, cands };
}

export const defaults = (genre: Genre): Selection => {
  const p = profileFor(DEFAULT_LINK_OPTIONS, genre);
  return { weights: p.weights, partial: p.thresholds.partial, implements: p.thresholds.implements, relative: p.relative, topK: p.topK };
};

const articleKey = (k: string) => k.replace(/#(?:第[^/#]+章\/)?(?:第[^/#]+节\/)?(第[^/#]+条)$/, '#$1');

/** Measure ids by article key (file#第X条), and the ordinal and chapter of every measure. */
export function index(s: Snapshot) {
  const byKey = new Map<string, string>();
  for (const [id, ks] of measureKeys(s)) for (const k of ks) byKey.set(articleKey(k), id);
  const ord = new Map<string, number>();
  const chapter = new Map<string, string>();
  const text = new Map<string, string>();
  for (const n of s.nodes) {
    if (n.attributes.type !== 'Measure') continue;
    ord.set(n.key, n.attributes.ordinal);
    chapter.set(n.key, /第[^/]+章/.exec(n.attributes.path)?.[0] ?? '');
    text.set(n.key, n.attributes.text);
  }
  return { byKey, ord, chapter, text };
}

function describe(set: DevSet) {
  const links = select(set.cands, defaults);
  const snap = withLinks(set.snapshot, links);
  const sc = scoreLinks(set.gold, snap);
  const cov = coverageAccuracy(set.gold, snap);
  const ix = index(set.snapshot);
  const linked = new Map<string, Map<string, string>>();
  for (const l of links) (linked.get(l.lower) ?? linked.set(l.lower, new Map()).get(l.lower)!).set(l.higher, l.verdict);
  const goldPairs = new Set(set.gold.links.map((l) => `${ix.byKey.get(articleKey(l.lower))}>${ix.byKey.get(articleKey(l.higher))}`));
  const rec = new Map(set.cands.records.map((r) => [r.lower, r]));
  const rows: string[] = [];
  const stat = { missed: 0, notAligned: 0, lowerLinked: 0, lowerUnlinked: 0, noRecord: 0 };
  for (const g of sc.falseNegatives) {
    const [lk, hk] = g.split('>');
    const [l, h] = [ix.byKey.get(lk), ix.byKey.get(hk)];
    stat.missed++;
    if (!l || !h) {
      rows.push(`  ? ${g}`);
      continue;
    }
    const r = rec.get(l);
    const others = [...(linked.get(l) ?? new Map()).keys()].filter((x) => x.split('#')[0] === h.split('#')[0]);
    others.length ? stat.lowerLinked++ : stat.lowerUnlinked++;
    if (!r) {
      stat.noRecord++;
      rows.push(`  norec ${lk.split('#')[1]} -> ${hk.split('#')[1]} others ${others.length}`);
      continue;
    }
    const inDoc = r.candidates.filter((c) => c.higher.split('#')[0] === h.split('#')[0]).sort((a, b) => b.score - a.score);
    const k = inDoc.findIndex((c) => c.higher === h);
    if (k < 0) stat.notAligned++;
    const best = inDoc[0]?.score ?? 0;
    const c = inDoc[k];
    const dist = others.length ? Math.min(...others.map((o) => Math.abs(ix.ord.get(o)! - ix.ord.get(h)!))) : NaN;
    const sameCh = others.some((o) => ix.chapter.get(o) === ix.chapter.get(h));
    const otherGold = others.map((o) => (goldPairs.has(`${l}>${o}`) ? 'G' : 'x')).join('');
    rows.push(
      `  ${others.length ? 'L' : 'U'}${otherGold.padEnd(3)} ${lk.split('#')[1].padEnd(8)} -> ${hk.split('#')[1].padEnd(8)} ${k < 0 ? 'not aligned' : `rank ${k} score ${c.score.toFixed(3)} ratio ${(c.score / best).toFixed(2)}`} clauses ${r.clauses ?? '-'} dist ${dist} sameCh ${sameCh} strong ${set.gold.links.find((x) => articleKey(x.lower) === lk && articleKey(x.higher) === hk)?.strength}`,
    );
  }
  // Higher measures we call implemented: each with its strong links' features and the gold label.
  const goldLabel = new Map<string, string>();
  for (const w of cov.wrong) {
    const m = /#(第[^:]+条): (\S+), gold (.+)$/.exec(w);
    if (m) goldLabel.set(w.split(' → ')[0] + '#' + m[1], `${m[2]}/${m[3]}`);
  }
  const vrows: string[] = [];
  const strongInto = new Map<string, typeof links>();
  for (const l of links) {
    if (l.verdict !== 'implements') continue;
    const key = `${l.lower.split('#')[0]}|${l.higher}`;
    (strongInto.get(key) ?? strongInto.set(key, []).get(key)!).push(l);
  }
  const byLower = new Map<string, typeof links>();
  for (const l of links) (byLower.get(l.lower) ?? byLower.set(l.lower, []).get(l.lower)!).push(l);
  for (const [key, ls] of strongInto) {
    const h = key.split('|')[1];
    const hk = [...ix.byKey].find(([, id]) => id === h)?.[0];
    if (!hk) continue;
    const feats = ls.map((l) => {
      const mine = byLower.get(l.lower)!.filter((x) => x.higher.split('#')[0] === h.split('#')[0]).sort((a, b) => b.score - a.score);
      const lk = [...ix.byKey].find(([, id]) => id === l.lower)?.[0] ?? '?';
      const g = set.gold.links.find((x) => articleKey(x.lower) === lk && articleKey(x.higher) === hk);
      return `${lk.split('#')[1]} s${l.score.toFixed(3)} r${mine.findIndex((x) => x.higher === h)}/${mine.length} ${g ? g.strength : 'none'}`;
    });
    const lowerFile = ls[0] ? ([...ix.byKey].find(([, id]) => id === ls[0].lower)?.[0] ?? '').split('#')[0] : '';
    const label = goldLabel.get(`${lowerFile}#${hk.split('#')[1]}`) ?? 'right';
    vrows.push(`  ${label.padEnd(22)} ${hk.split('#')[1].padEnd(8)} hiParas ${(ix.text.get(h) ?? '').split('\n').filter((x) => x.trim()).length} | ${feats.join(' ; ')}`);
  }
  return { sc, cov, rows, vrows, stat, links, ix, linked, goldPairs, rec };
}

async function main(): Promise<void> {
  const arg = process.argv.indexOf('--sets');
  const ids = (arg > 0 ? process.argv[arg + 1] : 'real,unseen,legalaid,charity,fire,residents,teachers,statistics,sample').split(',') as SetId[];
  const extra: ExtraCandidate[] = [];
  const unl: ExtraCandidate[] = [];
  for (const id of ids) {
    const set = await loadDevSet(id, process.argv.includes('--fresh'));
    const d = describe(set);
    console.log(`${id}: F1 ${d.sc.f1.toFixed(4)} TP ${d.sc.tp} FP ${d.sc.fp} FN ${d.sc.fn} strongR ${d.sc.strongRecall.toFixed(3)} verdicts ${d.cov.right}/${d.cov.total}`, JSON.stringify(d.stat));
    if (process.argv.includes('--rows')) console.log(d.rows.join('\n'));
    if (process.argv.includes('--extra')) extra.push(...extraCandidates(set));
    if (process.argv.includes('--unlinked')) unl.push(...unlinkedBest(set));
    if (process.argv.includes('--verdicts')) console.log(d.vrows.sort().join('\n'), '\n' + d.cov.wrong.filter((w) => !w.includes(': implemented, gold partial')).join('\n'));
  }
  if (extra.length) writeFileSync(`${CACHE}/extra.json`, JSON.stringify(extra));
  if (unl.length) writeFileSync(`${CACHE}/unlinked.json`, JSON.stringify(unl));
  if (process.argv.includes('--grid')) await grid(ids.filter((id) => id !== 'sample'));
}



/** Every aligned candidate the replayed linker left out, of a lower measure it linked into the same higher document
 *  (the place of a second link), with what might separate the gold ones. */
export interface ExtraCandidate {
  set: SetId;
  lower: string;
  higher: string;
  gold: 'strong' | 'weak' | null;
  score: number;
  rank: number;
  ratio: number;
  clauses: number;
  share: number;
  /** Articles between it and the nearest higher article the lower is linked to. */
  dist: number;
  sameChapter: boolean;
  /** The lower measure scores best against it among the lower document's measures that aligned it. */
  reverseBest: boolean;
  /** Its score over the best score any other measure of the lower document has against it. */
  reverseRatio: number;
  /** Links the lower measure has into the document. */
  nLinked: number;
  /** Other lower measures of the document linked to it. */
  inDegree: number;
  penalty: boolean;
  lowerText: string;
  higherText: string;
}

const PENALTY = new RegExp(DEFAULT_LINK_OPTIONS.penaltyArticles!.text);

export function extraCandidates(set: DevSet, links = select(set.cands, defaults)): ExtraCandidate[] {
  const ix = index(set.snapshot);
  const keyOf = new Map([...ix.byKey].map(([k, id]) => [id, k]));
  const gold = new Map(set.gold.links.map((l) => [`${articleKey(l.lower)}>${articleKey(l.higher)}`, l.strength]));
  const linked = new Map<string, Set<string>>();
  const inDeg = new Map<string, number>();
  for (const l of links) {
    (linked.get(l.lower) ?? linked.set(l.lower, new Set()).get(l.lower)!).add(l.higher);
    const k = `${l.lower.split('#')[0]}|${l.higher}`;
    inDeg.set(k, (inDeg.get(k) ?? 0) + 1);
  }
  // The best score of any lower measure of each lower document against each higher measure.
  const byHigher = new Map<string, { lower: string; score: number }[]>();
  for (const r of set.cands.records) for (const c of r.candidates) {
    const k = `${r.lower.split('#')[0]}|${c.higher}`;
    (byHigher.get(k) ?? byHigher.set(k, []).get(k)!).push({ lower: r.lower, score: c.score });
  }
  const annotated = new Set(set.gold.pairs.map((p) => `${p.lower}>${p.higher}`));
  const out: ExtraCandidate[] = [];
  for (const r of set.cands.records) {
    const mine = linked.get(r.lower);
    if (!mine?.size) continue;
    const lowerDoc = r.lower.split('#')[0];
    const docs = new Set([...mine].map((h) => h.split('#')[0]));
    for (const d of docs) {
      const inDoc = r.candidates.filter((c) => c.higher.split('#')[0] === d).sort((a, b) => b.score - a.score);
      const best = inDoc[0]?.score ?? 0;
      const linkedHere = [...mine].filter((h) => h.split('#')[0] === d);
      const shares = new Map((r.shares ?? []).find(([x]) => x === inDoc[0]?.doc)?.[1] ?? []);
      inDoc.forEach((c, rank) => {
        if (mine.has(c.higher)) return;
        const [lk, hk] = [keyOf.get(r.lower), keyOf.get(c.higher)];
        if (!lk || !hk || !annotated.has(`${lk.split('#')[0]}>${hk.split('#')[0]}`)) return;
        const others = (byHigher.get(`${lowerDoc}|${c.higher}`) ?? []).filter((x) => x.lower !== r.lower);
        const otherBest = Math.max(0, ...others.map((x) => x.score));
        out.push({
          set: set.id,
          lower: lk ?? r.lower,
          higher: hk ?? c.higher,
          gold: (lk && hk && gold.get(`${lk}>${hk}`)) || null,
          score: c.score,
          rank,
          ratio: best ? c.score / best : 0,
          clauses: r.clauses ?? 1,
          share: shares.get(c.higher) ?? 0,
          dist: Math.min(...linkedHere.map((h) => Math.abs(ix.ord.get(h)! - ix.ord.get(c.higher)!))),
          sameChapter: linkedHere.some((h) => ix.chapter.get(h) === ix.chapter.get(c.higher)),
          reverseBest: c.score >= otherBest,
          reverseRatio: otherBest ? c.score / otherBest : 9,
          nLinked: linkedHere.length,
          inDegree: inDeg.get(`${lowerDoc}|${c.higher}`) ?? 0,
          penalty: PENALTY.test((ix.text.get(r.lower) ?? '').replace(/\s+/g, '')),
          lowerText: ix.text.get(r.lower) ?? '',
          higherText: ix.text.get(c.higher) ?? '',
        });
      });
    }
  }
  return out;
}

/** The best aligned candidate of each lower measure the replayed linker left with no link at all (in an annotated
 *  pair's lower document), with the features of extraCandidates and the ratio to the second best of its document. */
export function unlinkedBest(set: DevSet, links = select(set.cands, defaults)): (ExtraCandidate & { second: number; goldAny: boolean })[] {
  const ix = index(set.snapshot);
  const keyOf = new Map([...ix.byKey].map(([k, id]) => [id, k]));
  const gold = new Map(set.gold.links.map((l) => [`${articleKey(l.lower)}>${articleKey(l.higher)}`, l.strength]));
  const goldLowers = new Set(set.gold.links.map((l) => articleKey(l.lower)));
  const annotated = new Set(set.gold.pairs.map((p) => `${p.lower}>${p.higher}`));
  const linked = new Set(links.map((l) => l.lower));
  const inDeg = new Map<string, number>();
  for (const l of links) inDeg.set(`${l.lower.split('#')[0]}|${l.higher}`, (inDeg.get(`${l.lower.split('#')[0]}|${l.higher}`) ?? 0) + 1);
  const byHigher = new Map<string, { lower: string; score: number }[]>();
  for (const r of set.cands.records) for (const c of r.candidates) {
    const k = `${r.lower.split('#')[0]}|${c.higher}`;
    (byHigher.get(k) ?? byHigher.set(k, []).get(k)!).push({ lower: r.lower, score: c.score });
  }
  const out: ReturnType<typeof unlinkedBest> = [];
  for (const r of set.cands.records) {
    if (linked.has(r.lower) || !r.candidates.length) continue;
    const best = [...r.candidates].sort((a, b) => b.score - a.score)[0];
    const [lk, hk] = [keyOf.get(r.lower), keyOf.get(best.higher)];
    if (!lk || !hk || !annotated.has(`${lk.split('#')[0]}>${hk.split('#')[0]}`)) continue;
    const second = Math.max(0, ...r.candidates.filter((c) => c !== best && c.doc === best.doc).map((c) => c.score));
    const others = (byHigher.get(`${r.lower.split('#')[0]}|${best.higher}`) ?? []).filter((x) => x.lower !== r.lower);
    const otherBest = Math.max(0, ...others.map((x) => x.score));
    out.push({
      set: set.id, lower: lk, higher: hk, gold: gold.get(`${lk}>${hk}`) ?? null, goldAny: goldLowers.has(lk),
      score: best.score, rank: 0, ratio: 1, second: second ? best.score / second : 9, clauses: r.clauses ?? 1, share: 0, dist: NaN, sameChapter: false,
      reverseBest: best.score >= otherBest, reverseRatio: otherBest ? best.score / otherBest : 9, nLinked: 0,
      inDegree: inDeg.get(`${r.lower.split('#')[0]}|${best.higher}`) ?? 0,
      penalty: PENALTY.test((ix.text.get(r.lower) ?? '').replace(/\s+/g, '')), lowerText: ix.text.get(r.lower) ?? '', higherText: ix.text.get(best.higher) ?? '',
    });
  }
  return out;
}

/** The session-24 tables: what a second link, an unlinked article's mutual best, or partOfLonger would do. */
async function grid(ids: SetId[]): Promise<void> {
  const sets: DevSet[] = [];
  for (const id of ids) sets.push(await loadDevSet(id));
  const extra = sets.flatMap((s) => extraCandidates(s));
  console.log('\nsecond links (a linked lower article\'s other candidates in the same higher document):');
  for (const t of [0.08, 0.1, 0.13]) for (const q of [0.5, 0.7]) console.log(tally(`score >= ${t}, >= ${q} of the best`, extra, (x) => x.score >= t && x.ratio >= q));
  console.log(tally('adjacent (1 article) and score >= 0.1', extra, (x) => x.dist <= 1 && x.score >= 0.1));
  console.log(tally('reverse best, unlinked higher, score >= 0.1', extra, (x) => x.reverseBest && x.inDegree === 0 && x.score >= 0.1));
  console.log(tally('reverse best, >= 0.5 of the best, score >= 0.13', extra, (x) => x.reverseBest && x.ratio >= 0.5 && x.score >= 0.13));
  console.log(tally('a paragraph\'s best (share >= 0.4)', extra, (x) => x.share >= 0.4));
  const unl = sets.flatMap((s) => unlinkedBest(s));
  console.log('\nan article linked to nothing, its best candidate:');
  for (const t of [0.06, 0.1]) {
    console.log(tally(`score >= ${t}`, unl, (x) => x.score >= t));
    console.log(tally(`score >= ${t}, mutual best`, unl, (x) => x.score >= t && x.reverseBest));
  }
  console.log('\npartOfLonger on the replayed links (coverage verdicts right):');
  for (const t of [0.14, 0.2, 0.22, 0.24, 0.26, 0.28]) {
    const figs = sets.map((s) => {
      const ix = index(s.snapshot);
      const cited = new Set(s.cands.cited.map((c) => `${c.lower}>${c.higher}`));
      const links = select(s.cands, defaults).map((l) =>
        l.verdict === 'implements' && l.score < t && !cited.has(`${l.lower}>${l.higher}`) && clauseCount(ix.text.get(l.lower) ?? '') === 1 && clauseCount(ix.text.get(l.higher) ?? '') >= 2 ? { ...l, verdict: 'partial' as const } : l,
      );
      return [s.id, coverageAccuracy(s.gold, withLinks(s.snapshot, links)).right] as const;
    });
    console.log(`  strong from ${t}: ${figs.reduce((a, [, r]) => a + r, 0)}  ${figs.map(([id, r]) => `${id} ${r}`).join(' ')}`);
  }
}

if (process.argv[1]?.endsWith('second-links.ts')) void main();
