// Session 61 (helper recall4, issue 13): class E (a lower article linked to the wrong article of its law, the gold one
// missed) read by the object phrase's head against the law article's object heads — what is licensed, registered,
// inspected —, head against head, with options.termClasses' equivalences (and recallClasses' 许可 | 审批 | 批准). The object
// phrases are session 60's (objects.ts readObjects, OBJECT_READING) on both sides; a phrase's head is its last word, read
// head-final: the class of a class term it ends with, else its last `--head` characters (2 by default). A tie-break between
// the chosen article and one of its runners-up (the lower article's recorded candidates in that law: no new candidate list),
// tabulated before any rule, on the rows of session59-neighbour / session60-objects (every lower article with exactly one
// uncited link into a higher document of an annotated pair): fix (wrong → gold) / break (gold → wrong) / neither.
// `npx tsx tests/eval/session61-heads.ts [--tag t] [--head n] [--rows]`. Held-out sets are refused (dev-cache.ts).
import { loadDev, articleKey } from './dev-cache.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { measureKeys } from './links.js';
import type { SetId } from './sets.js';
import { articleNumber } from '../../ingest/link/structure-prior.js';
import { readObjects } from '../../ingest/link/objects.js';
import { OBJECT_READING, REMAINDER_SANCTIONS, TERM_CLASSES, RECALL_CLASSES_MEASURED } from '../../ingest/link/options.js';
import { tallySwap } from './swap-tally.js';

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
const HEAD = Number(arg('--head') ?? 2);
const CLASSES = [...TERM_CLASSES, ...RECALL_CLASSES_MEASURED.classes];

/** The head of an object phrase: the class token of the longest class term it ends with, else its last HEAD characters. */
export function headOf(phrase: string, classes: string[][] = CLASSES, n = HEAD): string | undefined {
  let best: [number, string] | undefined;
  classes.forEach((c, i) => { for (const t of c) if (phrase.endsWith(t) && (!best || t.length > best[0])) best = [t.length, `§${i}`]; });
  if (best) return best[1];
  return phrase.length >= n ? phrase.slice(-n) : undefined;
}
/** Whether a text names a head (the string, or any term of its class). */
const names = (text: string, h: string) => (h.startsWith('§') ? CLASSES[Number(h.slice(1))].some((t) => text.includes(t)) : text.includes(h));

interface Alt { key: string; score: number; gold: boolean; dn: number; heads: number; named: number; claimed: boolean }
interface Row { set: string; lower: string; heads: string[]; chosen: Alt; alts: Alt[]; sanction: boolean; goldHere: number }

async function rowsOf(id: SetId, tag: string): Promise<Row[]> {
  const d = await loadDev(id, {}, tag);
  const s = d.snapshot;
  const keyOf = new Map<string, string>();
  for (const [mid, ks] of measureKeys(s)) if (ks[0]) keyOf.set(mid, articleKey(ks[0]));
  const meas = new Map<string, { docId: string; text: string }>();
  for (const n of s.nodes) if (n.attributes.type === 'Measure') meas.set(n.key, n.attributes as { docId: string; text: string });
  const gold = new Set(d.gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const pairs = new Set(d.gold.pairs.map((p) => `${p.lower}>${p.higher}`));
  const edges = s.edges.filter((e) => e.attributes.type === 'IMPLEMENTS');
  const rec = new Map(d.cands.records.map((r) => [r.lower, r]));
  const headsOf = new Map<string, string[]>();
  const heads = (m: string) => headsOf.get(m) ?? headsOf.set(m, [...new Set(readObjects(meas.get(m)!.text, OBJECT_READING).map((o) => headOf(o.text)).filter((h): h is string => !!h))]).get(m)!;
  const out: Row[] = [];
  for (const e of edges) {
    if ((e.attributes as { citedArticle?: boolean }).citedArticle) continue;
    const [lk, hk] = [keyOf.get(e.source), keyOf.get(e.target)];
    if (!lk || !hk || !pairs.has(`${lk.split('#')[0]}>${hk.split('#')[0]}`)) continue;
    const hdoc = meas.get(e.target)!.docId;
    const siblings = edges.filter((x) => x.source === e.source && meas.get(x.target)!.docId === hdoc);
    if (siblings.length !== 1) continue;
    const lh = heads(e.source);
    const claimedBy = new Set(edges.filter((x) => x.source !== e.source && meas.get(x.source)!.docId === meas.get(e.source)!.docId).map((x) => x.target));
    const alt = (h: string, score: number): Alt => {
      const hh = new Set(heads(h));
      return {
        key: keyOf.get(h) ?? h, score, gold: gold.has(`${lk}>${keyOf.get(h)}`), dn: articleNumber(h)! - articleNumber(e.target)!,
        heads: lh.filter((x) => hh.has(x)).length, named: lh.filter((x) => names(meas.get(h)!.text, x)).length, claimed: claimedBy.has(h),
      };
    };
    const cands = (rec.get(e.source)?.candidates ?? []).filter((x) => meas.get(x.higher)?.docId === hdoc && x.higher !== e.target).sort((p, q) => q.score - p.score);
    const lowerText = meas.get(e.source)!.text;
    out.push({
      set: id, lower: lk, heads: lh, chosen: alt(e.target, (e.attributes as { score: number }).score), alts: cands.slice(0, 4).map((x) => alt(x.higher, x.score)),
      sanction: [lowerText, meas.get(e.target)!.text].some((t) => REMAINDER_SANCTIONS.some((f) => new RegExp(f).test(t))),
      goldHere: d.gold.links.filter((l) => articleKey(l.lower) === lk && articleKey(l.higher).split('#')[0] === hk.split('#')[0]).length,
    });
  }
  return out;
}


async function main() {
  const tag = arg('--tag') ?? 'h61r4-base';
  const rows: Row[] = [];
  for (const id of EVERY_DEV_LINK_SET as SetId[]) rows.push(...(await rowsOf(id, tag)));
  const e = rows.filter((r) => !r.chosen.gold && r.goldHere > 0);
  const eTop = e.filter((r) => r.alts.some((x) => x.gold));
  const g = (r: Row) => r.alts.find((x) => x.gold)!;
  const right = rows.filter((r) => r.chosen.gold && r.alts.length);
  console.log(`single uncited links ${rows.length} (gold ${rows.filter((r) => r.chosen.gold).length}); class E ${e.length}, the gold among the next four ${eTop.length}; heads read for the lower article: all ${rows.filter((r) => r.heads.length).length}, E-top ${eTop.filter((r) => r.heads.length).length} (head = last ${HEAD} characters or a class)`);
  const cmp = (xs: Row[], a: (r: Row) => Alt, f: 'heads' | 'named') => `more ${xs.filter((r) => a(r)[f] > r.chosen[f]).length}, fewer ${xs.filter((r) => a(r)[f] < r.chosen[f]).length}, equal ${xs.filter((r) => a(r)[f] === r.chosen[f]).length}`;
  for (const f of ['heads', 'named'] as const) {
    console.log(`${f === 'heads' ? 'head against head (the law article\'s object heads)' : 'head named anywhere in the law article'}: E-top gold vs chosen: ${cmp(eTop, g, f)}; right links' runner-up vs chosen (${right.length}): ${cmp(right, (r) => r.alts[0], f)}`);
    const nb = (r: Row) => r.alts.filter((x) => Math.abs(x.dn) === 1);
    const eN = eTop.filter((r) => Math.abs(g(r).dn) === 1), rN = right.filter((r) => nb(r).length);
    console.log(`  the neighbour (±1) only: E-top gold ±1 (${eN.length}) ${cmp(eN, g, f)}; right links' best ±1 runner-up (${rN.length}) ${cmp(rN, (r) => nb(r)[0], f)}`);
  }
  console.log('\n| swap the chosen for its best next-four candidate that … | fix | break | neither | per set fix/break |');
  console.log('|---|---|---|---|---|');
  for (const ns of [false, true]) {
    const xs = ns ? rows.filter((r) => !r.sanction) : rows;
    const tag2 = ns ? ', no sanction' : '';
    for (const ratio of [0.5, 0.7, 0.85, 0.95]) {
      const r0 = (r: Row, x: Alt) => x.score >= ratio * r.chosen.score && x.score >= 0.08;
      tallySwap(`matches more heads (head against head), ≥ ${ratio} ×${tag2}`, xs, (r, x) => r0(r, x) && x.heads > r.chosen.heads);
      tallySwap(`matches a head the chosen matches none of, ≥ ${ratio} ×${tag2}`, xs, (r, x) => r0(r, x) && x.heads > 0 && r.chosen.heads === 0);
      tallySwap(`… and is ±1 of the chosen (a neighbour), ≥ ${ratio} ×${tag2}`, xs, (r, x) => r0(r, x) && x.heads > 0 && r.chosen.heads === 0 && Math.abs(x.dn) === 1);
      tallySwap(`… and names more heads anywhere too, ≥ ${ratio} ×${tag2}`, xs, (r, x) => r0(r, x) && x.heads > 0 && r.chosen.heads === 0 && x.named > r.chosen.named);
      tallySwap(`… unclaimed, the chosen claimed, ≥ ${ratio} ×${tag2}`, xs, (r, x) => r0(r, x) && x.heads > 0 && r.chosen.heads === 0 && !x.claimed && r.chosen.claimed);
      tallySwap(`names more heads (anywhere), ≥ ${ratio} ×${tag2}`, xs, (r, x) => r0(r, x) && x.named > r.chosen.named);
    }
  }
  if (process.argv.includes('--swaps'))
    for (const r of rows.filter((r) => !r.sanction)) {
      const xs = r.alts.filter((x) => x.score >= 0.5 * r.chosen.score && x.score >= 0.08 && x.heads > 0 && r.chosen.heads === 0 && x.named > r.chosen.named);
      if (!xs.length) continue;
      const x = xs.reduce((p, q) => (q.score > p.score ? q : p));
      console.log(`swap\t${r.set}\t${r.lower}\t${r.heads.join(' ')}\tchosen ${r.chosen.key.split('#')[1]} ${r.chosen.score.toFixed(3)} gold ${r.chosen.gold} named ${r.chosen.named}\t→ ${x.key.split('#')[1]} ${x.score.toFixed(3)} (${(x.score / r.chosen.score).toFixed(2)}×) gold ${x.gold} heads ${x.heads} named ${x.named}`);
    }
  if (process.argv.includes('--rows'))
    for (const r of eTop) {
      const x = g(r);
      console.log(`${r.set}\t${r.lower}\t${r.heads.join(' ')}\tchosen ${r.chosen.key.split('#')[1]} ${r.chosen.score.toFixed(3)} heads ${r.chosen.heads} named ${r.chosen.named}\tgold ${x.key.split('#')[1]} ${x.score.toFixed(3)} heads ${x.heads} named ${x.named} dn ${x.dn}`);
    }
}

if (process.argv[1]?.endsWith('session61-heads.ts')) void main();
