// Session 59 (helper recall3, issue 13): class B of session59-misses.ts read before building options.unclaimedBest. For each
// lower article of a development link set that links nothing in a law its document links into: its best candidate in that
// law under the partial threshold (0.13) from 0.06, gold ('G') or not (another candidate of the law gold: 'g'), tallied by
// score band and by the readings a rule could state: the law article linked by no article of the lower document
// (`unclaimed`), no sanction formula in either text (`nosanc`), its lead over the next candidate of the law (`margin1.3`),
// the share of the lower document's articles linked into the law (`d.5`, `d.7`). Rows to /tmp/h59recall3/unlinked-rows.tsv.
// `npx tsx tests/eval/session59-unclaimed.ts [set,set…]` over the cached base (dev-cache.ts tag h59r3-base, made by
// session59-misses.ts). Held-out sets are refused (dev-cache.ts).
import { loadDev, articleKey } from './dev-cache.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { measureKeys } from './links.js';
import type { SetId } from './sets.js';
const SANC = /罚款|处分|吊销|没收|拘留|追究.{0,6}责任|责令.{0,4}(?:改正|停止|停业)/;
const tally: Record<string, [number, number]> = {};
const add = (k: string, g: boolean) => { (tally[k] ??= [0, 0])[g ? 0 : 1]++; };
const rows: string[] = [];
for (const id of (process.argv[2]?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[]) {
  const d = await loadDev(id, {}, 'h59r3-base');
  const s = d.snapshot;
  const keyOf = new Map<string, string>();
  for (const [mid, ks] of measureKeys(s)) if (ks[0]) keyOf.set(mid, articleKey(ks[0]));
  const meas = new Map<string, any>();
  const docName = new Map<string, string>();
  for (const n of s.nodes) if (n.attributes.type === 'Measure') meas.set(n.key, n.attributes); else if (n.attributes.type === 'Document') docName.set(n.key, (n.attributes as any).title ?? n.key);
  const links = new Map<string, string[]>();
  for (const e of s.edges) if (e.attributes.type === 'IMPLEMENTS') (links.get(e.source) ?? links.set(e.source, []).get(e.source)!).push(e.target);
  const gold = new Set(d.gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const annotated = new Set(d.gold.pairs.map((p: any) => `${p.lower}>${p.higher}`));
  // per (lower doc, law): records, linked count, claimed law articles
  const recs = d.cands.records;
  const docOf = (m: string) => meas.get(m)?.docId;
  const claimed = new Map<string, Set<string>>();
  const nLinked = new Map<string, number>(), nRec = new Map<string, number>();
  for (const r of recs) {
    const ld = docOf(r.lower);
    const laws = new Set(r.candidates.map((c) => docOf(c.higher)));
    for (const L of laws) nRec.set(ld + '|' + L, (nRec.get(ld + '|' + L) ?? 0) + 1);
    for (const L of new Set((links.get(r.lower) ?? []).map(docOf))) nLinked.set(ld + '|' + L, (nLinked.get(ld + '|' + L) ?? 0) + 1);
    for (const h of links.get(r.lower) ?? []) (claimed.get(ld) ?? claimed.set(ld, new Set()).get(ld)!).add(h);
  }
  for (const r of recs) {
    const ld = docOf(r.lower);
    const lk = keyOf.get(r.lower)!;
    const ls = links.get(r.lower) ?? [];
    const laws = new Set(r.candidates.map((c) => docOf(c.higher)));
    for (const L of laws) {
      if (!nLinked.get(ld + '|' + L)) continue; // document pair not linked at all
      if (ls.some((h) => docOf(h) === L)) continue; // lower linked into L
      const cs = r.candidates.filter((c) => docOf(c.higher) === L).sort((a, b) => b.score - a.score);
      const c = cs[0];
      if (!c || c.score < 0.06 || c.score >= 0.13) continue;
      const g = gold.has(`${lk}>${keyOf.get(c.higher)}`);
      const anyGold = cs.some((x) => gold.has(`${lk}>${keyOf.get(x.higher)}`));
      const band = c.score >= 0.12 ? '0.12' : c.score >= 0.11 ? '0.11' : c.score >= 0.1 ? '0.10' : c.score >= 0.08 ? '0.08' : '0.06';
      const dens = nLinked.get(ld + '|' + L)! / nRec.get(ld + '|' + L)!;
      const dn = dens >= 0.7 ? 'd.7' : dens >= 0.5 ? 'd.5' : 'd<.5';
      const unclaimed = !claimed.get(ld)?.has(c.higher);
      const margin = cs[1] ? c.score / cs[1].score : 9;
      const sanc = SANC.test(meas.get(c.higher).text) || SANC.test(meas.get(r.lower).text);
      const linkedAnywhere = ls.length > 0;
      add(`${band} all`, g);
      add(`${band} ${dn}`, g);
      if (unclaimed) add(`${band} unclaimed`, g);
      if (unclaimed) add(`${band} unclaimed ${dn}`, g);
      if (margin >= 1.3) add(`${band} margin1.3`, g);
      if (margin >= 1.3 && unclaimed) add(`${band} margin1.3 unclaimed`, g);
      if (sanc) add(`${band} sanc`, g); else add(`${band} nosanc`, g);
      if (!sanc && unclaimed) add(`${band} nosanc unclaimed`, g);
      if (!sanc && unclaimed && margin >= 1.3) add(`${band} nosanc unclaimed m1.3`, g);
      if (!sanc && unclaimed && dens >= 0.5) add(`${band} nosanc unclaimed d.5`, g);
      if (linkedAnywhere) add(`${band} linked elsewhere`, g);
      if (anyGold) add(`${band} any gold in law`, true);
      rows.push(`${id}\t${g ? 'G' : anyGold ? 'g' : '-'}\t${c.score}\t${margin.toFixed(2)}\t${dens.toFixed(2)}\t${unclaimed}\t${sanc}\t${lk}\t${keyOf.get(c.higher)}`);
    }
  }
}
for (const k of Object.keys(tally).sort()) console.log(k.padEnd(34), tally[k][0], '/', tally[k][1]);
import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('/tmp/h59recall3', { recursive: true });
writeFileSync('/tmp/h59recall3/unlinked-rows.tsv', rows.join('\n'));
