// Session 59 (helper neighbour, issue 13): class E of session59-misses.ts — a lower article linked into its law, none of
// its links there gold, the gold article missed — read against the chosen article. For every lower article with exactly
// one (uncited) link into a higher document of an annotated pair, its chosen article and its next four candidates there,
// each with: score (and its ratio to the chosen's), whether gold, its distance in article number to the chosen, the same
// chapter, inside the bracket of the pair's nearest linked neighbours (order-bracket.ts's reading, slack 1), claimed by
// another article of the lower document, and the share of its acts the lower article carries (acts.ts actShare, ACT_READING).
// Then the swap readings: for each, how many chosen links it would replace by a candidate — wrong → gold (fix), gold →
// wrong (break), neither gold (no change). A swap moves precision and recall at once only where fix > break.
// `npx tsx tests/eval/session59-neighbour.ts [--tag t] [--rows]` (cached ingests of dev-cache.ts; held-out sets refused).
import { loadDev, articleKey, hanBigrams } from './dev-cache.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { measureKeys } from './links.js';
import type { SetId } from './sets.js';
import { articleNumber } from '../../ingest/link/structure-prior.js';
import { readActs, actShare } from '../../ingest/link/acts.js';
import { ACT_READING, ACTOR_CLASSES } from '../../ingest/link/options.js';
import { tallySwap } from './swap-tally.js';

interface Alt { key: string; score: number; gold: boolean; dn: number; sameChapter: boolean; inBracket: boolean; claimed: number; acts: number | null; sibling: number; head: number; object: number }
interface Row { set: string; lower: string; chosen: Alt; goldHere: number; alts: Alt[] }

async function rowsOf(id: SetId, tag: string): Promise<Row[]> {
  const d = await loadDev(id, {}, tag);
  const s = d.snapshot;
  const keyOf = new Map<string, string>();
  for (const [mid, ks] of measureKeys(s)) if (ks[0]) keyOf.set(mid, articleKey(ks[0]));
  const meas = new Map<string, { docId: string; path: string; text: string }>();
  for (const n of s.nodes) if (n.attributes.type === 'Measure') meas.set(n.key, n.attributes as { docId: string; path: string; text: string });
  const chapter = (m: string) => /^(第[^/]+章)\//.exec(meas.get(m)!.path)?.[1];
  const gold = new Set(d.gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const pairs = new Set(d.gold.pairs.map((p) => `${p.lower}>${p.higher}`));
  const edges = s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [{ source: e.source, target: e.target, attributes: e.attributes }] : []));
  const pairLinks = new Map<string, { ln: number; hn: number; lower: string; higher: string }[]>();
  for (const e of edges) {
    const k = `${meas.get(e.source)!.docId}>${meas.get(e.target)!.docId}`;
    (pairLinks.get(k) ?? pairLinks.set(k, []).get(k)!).push({ ln: articleNumber(e.source)!, hn: articleNumber(e.target)!, lower: e.source, higher: e.target });
  }
  const rec = new Map(d.cands.records.map((r) => [r.lower, r]));
  const grams = new Map<string, Set<string>>();
  const gramsOf = (m: string) => grams.get(m) ?? grams.set(m, hanBigrams(meas.get(m)!.text)).get(m)!;
  const cos = (a: Set<string>, b: Set<string>) => { let n = 0; for (const x of a) if (b.has(x)) n++; return a.size && b.size ? n / Math.sqrt(a.size * b.size) : 0; };
  const byHigher = new Map<string, string[]>();
  for (const e of edges) (byHigher.get(e.target) ?? byHigher.set(e.target, []).get(e.target)!).push(e.source);
  /** The best wording similarity of `lower` to an article of another lower document that links `h` (0 when none). */
  const sibling = (lower: string, h: string) => Math.max(0, ...(byHigher.get(h) ?? []).filter((x) => meas.get(x)!.docId !== meas.get(lower)!.docId).map((x) => cos(gramsOf(lower), gramsOf(x))));
  /** The share of the lower article's first sentence's bigrams (its head: what the provision rules) the higher article holds. */
  const headShare = (head: Set<string>, h: string) => { const g = gramsOf(h); let n = 0; for (const x of head) if (g.has(x)) n++; return head.size ? n / head.size : 0; };
  const out: Row[] = [];
  for (const [k, links] of pairLinks) {
    const [ldoc, hdoc] = k.split('>');
    for (const c of links) {
      if (links.filter((x) => x.lower === c.lower).length !== 1) continue;
      const e = edges.find((x) => x.source === c.lower && x.target === c.higher)!;
      if (e.attributes.citedArticle) continue;
      const [lk, hk] = [keyOf.get(c.lower), keyOf.get(c.higher)];
      if (!lk || !hk || !pairs.has(`${lk.split('#')[0]}>${hk.split('#')[0]}`)) continue;
      const others = links.filter((x) => x.lower !== c.lower);
      const prev = others.filter((x) => x.ln < c.ln).sort((p, q) => q.ln - p.ln);
      const next = others.filter((x) => x.ln > c.ln).sort((p, q) => p.ln - q.ln);
      const a = prev.length ? Math.min(...prev.filter((x) => x.ln === prev[0].ln).map((x) => x.hn)) : undefined;
      const b = next.length ? Math.max(...next.filter((x) => x.ln === next[0].ln).map((x) => x.hn)) : undefined;
      const lowerText = meas.get(c.lower)!.text;
      const lowerActs = readActs(lowerText, ACT_READING, ACTOR_CLASSES);
      const lowerHead = hanBigrams(lowerText.split(/[。；\n]/)[0]);
      const lowerObject = hanBigrams(objectOf(lowerText));
      const alt = (h: string, score: number): Alt => {
        const n = articleNumber(h)!;
        return {
          key: keyOf.get(h) ?? h, score, gold: gold.has(`${lk}>${keyOf.get(h)}`), dn: n - c.hn, sameChapter: chapter(h) === chapter(c.higher),
          inBracket: (a === undefined || n >= a - 1) && (b === undefined || n <= b + 1) && (a === undefined || b === undefined || a <= b),
          claimed: others.filter((x) => x.higher === h).length,
          acts: actShare(readActs(meas.get(h)!.text, ACT_READING, ACTOR_CLASSES), lowerActs, lowerText),
          sibling: sibling(c.lower, h),
          head: headShare(lowerHead, h),
          object: headShare(lowerObject, h),
        };
      };
      const cands = (rec.get(c.lower)?.candidates ?? []).filter((x) => meas.get(x.higher)?.docId === hdoc && x.higher !== c.higher).sort((p, q) => q.score - p.score);
      const goldHere = d.gold.links.filter((l) => articleKey(l.lower) === lk && articleKey(l.higher).split('#')[0] === hk.split('#')[0]).length;
      void ldoc;
      out.push({ set: id, lower: lk, chosen: alt(c.higher, e.attributes.score as number), goldHere, alts: cands.slice(0, 4).map((x) => alt(x.higher, x.score)) });
    }
  }
  return out;
}

/** The object of an article's first ruling clause: after its first modal or ruling verb (应当, 负责, 实行, 不得, 可以, 是指,
 *  以下称 …) to the clause's end; the whole first sentence when none. A reading of what the provision rules on. */
const RULING = /(?:应当|负责|实行|实施|建立|不得|可以|是指|以下称|以下简称|确定)/;
const objectOf = (text: string) => {
  const first = text.replace(/^\s*第[一二三四五六七八九十百零〇]+条\s*/, '').split(/[。；\n]/)[0];
  const m = RULING.exec(first);
  return m ? first.slice(m.index + m[0].length).split(/[，。；：]/).filter((x) => x.length > 1)[0] ?? first : first;
};


async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const tag = arg('--tag') ?? 'h59n-base';
  const rows: Row[] = [];
  for (const id of EVERY_DEV_LINK_SET as SetId[]) rows.push(...(await rowsOf(id, tag)));
  const e = rows.filter((r) => !r.chosen.gold && r.goldHere > 0);
  const eTop = e.filter((r) => r.alts.some((x) => x.gold));
  console.log(`single uncited links into an annotated higher document: ${rows.length}, gold ${rows.filter((r) => r.chosen.gold).length}; wrong with a gold article of that document (class E): ${e.length}, the gold among the next four candidates: ${eTop.length}`);
  const g = (r: Row) => r.alts.find((x) => x.gold)!;
  const cnt = (f: (r: Row) => boolean) => eTop.filter(f).length;
  console.log(`of these ${eTop.length}: gold the runner-up ${cnt((r) => r.alts[0].gold)}; gold ±1 of the chosen ${cnt((r) => Math.abs(g(r).dn) === 1)}, same chapter ${cnt((r) => g(r).sameChapter)}; gold score ≥ 0.7 × chosen ${cnt((r) => g(r).score >= 0.7 * r.chosen.score)}, ≥ 0.5 × ${cnt((r) => g(r).score >= 0.5 * r.chosen.score)}; chosen outside the bracket and gold inside ${cnt((r) => !r.chosen.inBracket && g(r).inBracket)}, the reverse ${cnt((r) => r.chosen.inBracket && !g(r).inBracket)}; chosen claimed by another article of the lower document and gold not ${cnt((r) => r.chosen.claimed > 0 && g(r).claimed === 0)}, the reverse ${cnt((r) => r.chosen.claimed === 0 && g(r).claimed > 0)}; act share higher for the gold ${cnt((r) => (g(r).acts ?? -1) > (r.chosen.acts ?? -1))}, lower ${cnt((r) => (g(r).acts ?? -1) < (r.chosen.acts ?? -1))}`);
  console.log('\n| swap the chosen for its best candidate that … | fix (wrong → gold) | break (gold → wrong) | neither gold | per set fix/break |');
  console.log('|---|---|---|---|---|');
  for (const ratio of [0.5, 0.6, 0.7]) {
    const r0 = (r: Row, x: Alt) => x.score >= ratio * r.chosen.score && x.score >= 0.08;
    tallySwap(`is ±1 of the chosen, score ≥ ${ratio} × chosen`, rows, (r, x) => r0(r, x) && Math.abs(x.dn) === 1);
    tallySwap(`lies in the bracket, the chosen not, ≥ ${ratio} ×`, rows, (r, x) => r0(r, x) && x.inBracket && !r.chosen.inBracket);
    tallySwap(`… and the same chapter, ≥ ${ratio} ×`, rows, (r, x) => r0(r, x) && x.inBracket && !r.chosen.inBracket && x.sameChapter);
    tallySwap(`is unclaimed, the chosen claimed by another article, ≥ ${ratio} ×`, rows, (r, x) => r0(r, x) && x.claimed === 0 && r.chosen.claimed > 0);
    tallySwap(`carries more of its acts than the chosen (act share), ≥ ${ratio} ×`, rows, (r, x) => r0(r, x) && (x.acts ?? -1) > (r.chosen.acts ?? -1));
    for (const t of [0.2, 0.3, 0.4])
      tallySwap(`is linked by an article of a sibling document worded like the lower one (cosine ≥ ${t}), the chosen not, ≥ ${ratio} ×`, rows, (r, x) => r0(r, x) && x.sibling >= t && r.chosen.sibling < t);
    for (const m of [0.1, 0.2])
      tallySwap(`holds more of the lower article's first sentence (by ${m}), ≥ ${ratio} ×`, rows, (r, x) => r0(r, x) && x.head >= r.chosen.head + m);
    for (const m of [0.2, 0.34])
      tallySwap(`holds more of the lower article's ruling object (by ${m}), ≥ ${ratio} ×`, rows, (r, x) => r0(r, x) && x.object >= r.chosen.object + m);
    tallySwap(`lies in the bracket, the chosen not, unclaimed, the chosen claimed, ≥ ${ratio} ×`, rows, (r, x) => r0(r, x) && x.inBracket && !r.chosen.inBracket && x.claimed === 0 && r.chosen.claimed > 0);
    tallySwap(`more acts, in the bracket, ≥ ${ratio} ×`, rows, (r, x) => r0(r, x) && (x.acts ?? -1) > (r.chosen.acts ?? -1) && x.inBracket && !r.chosen.inBracket);
  }
  if (process.argv.includes('--rows'))
    for (const r of eTop) {
      const x = g(r);
      console.log(`${r.set}\t${r.lower}\tchosen ${r.chosen.key.split('#')[1]} ${r.chosen.score.toFixed(3)} bracket ${r.chosen.inBracket} claimed ${r.chosen.claimed} sibling ${r.chosen.sibling.toFixed(2)} head ${r.chosen.head.toFixed(2)} object ${r.chosen.object.toFixed(2)} acts ${r.chosen.acts?.toFixed(2) ?? '-'}\tgold ${x.key.split('#')[1]} ${x.score.toFixed(3)} dn ${x.dn} chapter ${x.sameChapter} bracket ${x.inBracket} claimed ${x.claimed} sibling ${x.sibling.toFixed(2)} head ${x.head.toFixed(2)} object ${x.object.toFixed(2)} acts ${x.acts?.toFixed(2) ?? '-'}`);
    }
}

void main();
