// Session 63 (helper precision7, issue 13): the second links of the development link sets, right and wrong, by who acts
// and what is done on each side. A second link is every link of a lower article into a law beside a better-scored link
// of it into the same law (not by article number, not a penalty conduct pair). Columns read per link:
//   actor   whether the law article's actors (acts.ts readActs with ACTOR_CLASSES: the subject class before 应当 / 负责 /
//           可以 …) meet the lower article's (same / other / unread)
//   act     whether the law article shares an act (verb class and object head, acts.ts sameAct) with the lower article
//   clause  whether the lower article's clause (cut at 。；：) holding most of this law article's bigrams is the clause that
//           holds most of the first link's article's (same / other)
//   ratio   this link's score over the first link's
// from a cached ingest of each set (dev-cache.ts; held-out sets refused there).
// `npx tsx tests/eval/session63-seconds.ts [--sets a,b] [--tag t] [--opts '{…}'] [--list key]`
import { measureKeys, scoreLinks } from './links.js';
import { loadDev, articleKey as ak } from './dev-cache.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { ACT_READING, ACTOR_CLASSES, type LinkOptions } from '../../ingest/link/options.js';
import { readActs, sameAct } from '../../ingest/link/acts.js';
import { restingClause } from '../../ingest/link/second-adds.js';
import type { SetId } from './sets.js';

export interface SecondRow {
  set: string;
  lower: string;
  higher: string;
  first: string;
  gold: boolean;
  score: number;
  ratio: number;
  verdict: string;
  actor: 'same' | 'other' | 'unread';
  act: boolean;
  firstAct: boolean;
  clause: 'same' | 'other' | 'none';
  lowerText: string;
  higherText: string;
}

export function secondRows(set: string, d: Awaited<ReturnType<typeof loadDev>>): SecondRow[] {
  const keys = measureKeys(d.snapshot);
  const node = new Map(d.snapshot.nodes.filter((n) => n.attributes.type === 'Measure').map((n) => [n.key, n.attributes as { text: string; document?: string }]));
  const docOf = (m: string) => (keys.get(m) ?? [])[0]?.split('#')[0];
  const goldSet = new Set(d.gold.links.map((l) => `${ak(l.lower)}>${ak(l.higher)}`));
  const annotated = new Set(d.gold.pairs.map((p) => `${p.lower}>${p.higher}`));
  type Impl = { source: string; target: string; attributes: { score: number; verdict: string; citedArticle?: boolean; penaltyConduct?: boolean } };
  const edges = (d.snapshot.edges as unknown as (Impl & { attributes: { type: string } })[]).filter((e) => e.attributes.type === 'IMPLEMENTS' && !e.attributes.citedArticle && !e.attributes.penaltyConduct) as Impl[];
  const by = new Map<string, typeof edges>();
  for (const e of edges) {
    const k = `${e.source}\n${docOf(e.target)}`;
    (by.get(k) ?? by.set(k, []).get(k)!).push(e);
  }
  const out: SecondRow[] = [];
  const isGold = (s: string, t: string) => (keys.get(s) ?? []).some((lo) => (keys.get(t) ?? []).some((hi) => goldSet.has(`${ak(lo)}>${ak(hi)}`)));
  const isAnnotated = (s: string, t: string) => (keys.get(s) ?? []).some((lo) => (keys.get(t) ?? []).some((hi) => annotated.has(`${ak(lo).split('#')[0]}>${ak(hi).split('#')[0]}`)));
  for (const es of by.values()) {
    if (es.length < 2) continue;
    const sorted = [...es].sort((a, b) => b.attributes.score - a.attributes.score);
    const first = sorted[0];
    if (!isAnnotated(first.source, first.target)) continue;
    const lt = node.get(first.source)?.text ?? '';
    const la = readActs(lt, ACT_READING, ACTOR_CLASSES);
    const fa = readActs(node.get(first.target)?.text ?? '', ACT_READING, ACTOR_CLASSES);
    const fc = restingClause(lt, node.get(first.target)?.text ?? '');
    for (const e of sorted.slice(1)) {
      if (e.attributes.score >= first.attributes.score) continue;
      const ht = node.get(e.target)?.text ?? '';
      const ha = readActs(ht, ACT_READING, ACTOR_CLASSES);
      const lActors = new Set(la.map((a) => a.actor).filter(Boolean));
      const hActors = new Set(ha.map((a) => a.actor).filter(Boolean));
      const actor = !lActors.size || !hActors.size ? 'unread' : [...hActors].some((a) => lActors.has(a)) ? 'same' : 'other';
      const c = restingClause(lt, ht);
      out.push({
        set, lower: (keys.get(e.source) ?? [e.source])[0], higher: (keys.get(e.target) ?? [e.target])[0], first: (keys.get(first.target) ?? [first.target])[0],
        gold: isGold(e.source, e.target), score: e.attributes.score, ratio: first.attributes.score ? e.attributes.score / first.attributes.score : 0,
        verdict: e.attributes.verdict, actor, act: ha.some((h) => la.some((l) => sameAct(h, l))), firstAct: fa.some((h) => la.some((l) => sameAct(h, l))),
        clause: c < 0 || fc < 0 ? 'none' : c === fc ? 'same' : 'other', lowerText: lt, higherText: ht,
      });
    }
  }
  return out;
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
  const opts = arg('--opts') ? (JSON.parse(arg('--opts')!) as Partial<LinkOptions>) : {};
  const tag = arg('--tag') ?? 'h63p7-base';
  const rows: SecondRow[] = [];
  for (const id of sets) rows.push(...secondRows(id, await loadDev(id, opts, tag)));
  const band = (r: number) => (r < 0.3 ? '<0.3' : r < 0.5 ? '0.3-0.5' : r < 0.7 ? '0.5-0.7' : '>=0.7');
  const tab = (label: string, key: (r: SecondRow) => string) => {
    const m = new Map<string, [number, number]>();
    for (const r of rows) {
      const k = key(r);
      const v = m.get(k) ?? [0, 0];
      v[r.gold ? 0 : 1]++;
      m.set(k, v);
    }
    console.log(`\n${label} (gold / false)`);
    for (const [k, [g, f]] of [...m].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`  ${k.padEnd(48)} ${String(g).padStart(4)} / ${String(f).padStart(4)}`);
  };
  console.log(`second links: ${rows.length}, gold ${rows.filter((r) => r.gold).length}, false ${rows.filter((r) => !r.gold).length}`);
  tab('actor', (r) => r.actor);
  tab('act shared', (r) => String(r.act));
  tab('clause', (r) => r.clause);
  tab('ratio', (r) => band(r.ratio));
  tab('verdict', (r) => r.verdict);
  tab('actor × act × clause', (r) => `${r.actor} act:${r.act} clause:${r.clause}`);
  tab('actor × act × ratio', (r) => `${r.actor} act:${r.act} ${band(r.ratio)}`);
  tab('first act × act × clause × verdict', (r) => `first:${r.firstAct} act:${r.act} ${r.clause} ${r.verdict}`);
  tab('actor × act × clause × verdict', (r) => `${r.actor} act:${r.act} ${r.clause} ${r.verdict}`);
  tab('act × clause × ratio × verdict', (r) => `act:${r.act} ${r.clause} ${band(r.ratio)} ${r.verdict}`);
  const list = arg('--list');
  if (list)
    for (const r of rows.filter((x) => `${x.actor} act:${x.act} clause:${x.clause}` === list))
      console.log(`\n[${r.set}] ${r.gold ? 'GOLD' : 'false'} ${r.lower} → ${r.higher.split('#')[1]} (first ${r.first.split('#')[1]}) ${r.verdict} ${r.score.toFixed(3)} ratio ${r.ratio.toFixed(2)}\n  L: ${r.lowerText.replace(/\s+/g, ' ').slice(0, 160)}\n  H: ${r.higherText.replace(/\s+/g, ' ').slice(0, 160)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
