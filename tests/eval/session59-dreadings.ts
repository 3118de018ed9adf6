// Session 59 (helper recall3, issue 13): class D of session59-misses.ts (a second law article of a lower article already
// linked into the law) read by two drafting readings not measured before: a cross-reference inside the law (本法第X条:
// the first link's article citing the candidate, or the candidate citing it) and a co-link (an article of another lower
// document linking both the first link's article and the candidate). Every candidate of a linked lower article in its law,
// not linked, gold / not, by score band ('over': from the partial threshold, cut by the selection) and sanction formula.
// `npx tsx tests/eval/session59-dreadings.ts [set,set…]` over the cached base (dev-cache.ts tag h59r3-base). Held-out sets
// are refused (dev-cache.ts).
import { loadDev, articleKey } from './dev-cache.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { measureKeys } from './links.js';
import { DEFAULT_LINK_OPTIONS, profileFor } from '../../ingest/link/options.js';
import { articleNumber } from '../../ingest/link/structure-prior.js';
import { parseChineseNumeral } from '../../ingest/extract/numerals.js';
import type { SetId } from './sets.js';
const NUM = '[一二三四五六七八九十百零〇]+';
const REF = new RegExp(`本(?:法|条例|办法|规定)((?:第${NUM}条(?:第${NUM}[款项])*[、和或及至]?)+)`, 'g');
function cites(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(REF)) {
    const nums = [...m[1].matchAll(new RegExp(`第(${NUM})条`, 'g'))].map((x) => parseChineseNumeral(x[1])!);
    if (/至/.test(m[1]) && nums.length === 2) for (let n = nums[0]; n <= nums[1]; n++) out.add(n);
    else nums.forEach((n) => out.add(n));
  }
  return out;
}
const SANC = /罚款|处分|吊销|没收|拘留|追究.{0,6}责任|责令.{0,4}(?:改正|停止|停业)/;
const rows: string[] = [];
const tally: Record<string, [number, number]> = {};
const add = (k: string, g: boolean) => { (tally[k] ??= [0, 0])[g ? 0 : 1]++; };
for (const id of (process.argv[2]?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[]) {
  const d = await loadDev(id, {}, 'h59r3-base');
  const s = d.snapshot;
  const keyOf = new Map<string, string>();
  for (const [mid, ks] of measureKeys(s)) if (ks[0]) keyOf.set(mid, articleKey(ks[0]));
  const meas = new Map<string, any>();
  for (const n of s.nodes) if (n.attributes.type === 'Measure') meas.set(n.key, n.attributes);
  const links = new Map<string, string[]>();
  for (const e of s.edges) if (e.attributes.type === 'IMPLEMENTS') (links.get(e.source) ?? links.set(e.source, []).get(e.source)!).push(e.target);
  const gold = new Set(d.gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  // co-links: pairs of law articles linked together by one lower article of another document
  const co = new Map<string, Set<string>>(); // "F|X" -> lower docs
  for (const [lo, hs] of links) for (const a of hs) for (const b of hs) if (a !== b) { const k = a + '|' + b; (co.get(k) ?? co.set(k, new Set()).get(k)!).add(meas.get(lo)?.docId); }
  for (const r of d.cands.records) {
    const ldoc = meas.get(r.lower)?.docId;
    const ls = links.get(r.lower) ?? [];
    const part = profileFor({ ...DEFAULT_LINK_OPTIONS } as any, r.genre).thresholds.partial;
    for (const doc of new Set(ls.map((h) => meas.get(h)?.docId))) {
      const F = ls.filter((h) => meas.get(h)?.docId === doc);
      const Fn = new Set(F.map((h) => articleNumber(h)));
      const Fcites = new Set(F.flatMap((h) => [...cites(meas.get(h).text)]));
      for (const c of r.candidates) {
        if (meas.get(c.higher)?.docId !== doc || F.includes(c.higher)) continue;
        const g = gold.has(`${keyOf.get(r.lower)}>${keyOf.get(c.higher)}`);
        const xn = articleNumber(c.higher)!;
        const xt = meas.get(c.higher).text;
        const fx = Fcites.has(xn), xf = [...cites(xt)].some((n) => Fn.has(n));
        const band = c.score >= part ? 'over' : c.score >= 0.08 ? '0.08' : c.score >= 0.05 ? '0.05' : 'low';
                const sanc = SANC.test(xt) || F.some((h) => SANC.test(meas.get(h).text));
        add(`all ${band}`, g);
        const coDocs = new Set(F.flatMap((f) => [...(co.get(f + '|' + c.higher) ?? [])]).filter((x) => x !== ldoc));
        const coSame = F.some((f) => co.get(f + '|' + c.higher)?.has(ldoc));
        if (coDocs.size) add(`co other ${band}${sanc ? ' sanc' : ''}`, g);
        if (coDocs.size >= 2) add(`co other2 ${band}${sanc ? ' sanc' : ''}`, g);
        if (coSame) add(`co same ${band}${sanc ? ' sanc' : ''}`, g);
        if (fx) add(`F cites X ${band}${sanc ? ' sanc' : ''}`, g);
        if (xf) add(`X cites F ${band}${sanc ? ' sanc' : ''}`, g);
        if ((fx || xf) && g) rows.push(`${id}\t${keyOf.get(r.lower)}\t${keyOf.get(c.higher)}\t${c.score}\t${fx ? 'F>X' : 'X>F'}\t${sanc}`);
      }
    }
  }
}
for (const k of Object.keys(tally).sort()) console.log(k.padEnd(30), tally[k][0], '/', tally[k][1]);
console.log(rows.join('\n'));
