// Session 63 (helper precision6, issue 13): every false link of the development link sets by the brief's causes, with the
// step that made it and its score band, from a cached ingest of each set (dev-cache.ts; held-out sets refused there).
// `npx tsx tests/eval/session63-falselinks.ts [--sets a,b] [--tag t] [--fresh] [--opts '{…}'] [--list class]`
// Classes (the first that holds):
//   unlinked:<role>   the gold lists the lower article unlinked; role of the lower article: framing (the measure's framing
//                     flag, purpose, basis, scope, principle), definition, liability (a sanction formula), procedure
//                     (application, acceptance, review, time limits, documents), other (an own provision)
//   second:<where>    the lower article's gold link into the law is found too; where the false one lies from the nearest
//                     found gold article: neighbour (±2, same chapter), chapter (same chapter), other
//   wrong:<where>     the lower article's gold article(s) of the law not found; the false one from the nearest gold article
//   extra             the gold links the lower article to no article of the law and does not list it unlinked
// Links into a document pair the gold does not annotate are not scored (links.ts scoreLinks) and are counted apart.
// The step: cited (citedArticle), conduct (penaltyConduct), later (laterVersion), rank<k> (the k-th candidate of the lower
// article's selection record in the law), pass (not among the record's candidates: a pass after the selection, e.g. the
// title term, the chapter carrier), with score 0 read as a rule's link.
import { measureKeys, scoreLinks } from './links.js';
import { loadDev, articleKey as ak } from './dev-cache.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { articleNumber, SANCTION, PURPOSE, SCOPE } from './session61-falselinks.js';
import type { LinkOptions } from '../../ingest/link/options.js';
import type { SetId } from './sets.js';

const DEFINITION = /是指|所称|含义|下列用语/;
const BASIS = /^(?:第[^条]+条\s*)?(?:根据|依据)[^。]*制定本/;
const PROCEDURE = /申请|受理|审查|审核|之日起|日内|工作日|提交|提供下列|材料|登记|备案|公示|告知|程序/;
const chapterOf = (path: string) => (/第[^/]+章/.exec(path) ?? [''])[0];

export interface FalseLink63 {
  set: string;
  lower: string;
  higher: string;
  cls: string;
  step: string;
  score: number;
  verdict: string;
  lowerText: string;
  higherText: string;
  gold: string[];
  /** The lower article's predicted links into this law, with their gold mark. */
  predicted: { higher: string; gold: boolean; score: number }[];
}

export function lowerRole(text: string, framing: boolean): string {
  if (framing || PURPOSE.test(text) || BASIS.test(text) || /适用本/.test(text)) return 'framing';
  if (DEFINITION.test(text)) return 'definition';
  if (SANCTION.test(text)) return 'liability';
  if (PROCEDURE.test(text)) return 'procedure';
  return 'other';
}

export function falseLinks63(set: string, d: Awaited<ReturnType<typeof loadDev>>) {
  const s = scoreLinks(d.gold, d.snapshot);
  const keys = measureKeys(d.snapshot);
  const byKey = new Map<string, { text: string; path: string; id: string; framing: boolean }>();
  const keyOf = new Map<string, string>();
  for (const n of d.snapshot.nodes) {
    if (n.attributes.type !== 'Measure') continue;
    for (const k of keys.get(n.key) ?? []) {
      byKey.set(ak(k), { text: n.attributes.text, path: n.attributes.path, id: n.key, framing: !!(n.attributes as { framing?: boolean }).framing });
      keyOf.set(n.key, ak(k));
    }
  }
  const annotated = new Set(d.gold.pairs.map((p) => `${p.lower}>${p.higher}`));
  const edgeOf = new Map<string, { score: number; verdict: string; cited: boolean; later: boolean; conduct: boolean; source: string; target: string }>();
  let unpaired = 0;
  for (const e of d.snapshot.edges) {
    if (e.attributes.type !== 'IMPLEMENTS') continue;
    for (const lo of keys.get(e.source) ?? [])
      for (const hi of keys.get(e.target) ?? []) {
        if (!annotated.has(`${ak(lo).split('#')[0]}>${ak(hi).split('#')[0]}`)) {
          unpaired++;
          continue;
        }
        edgeOf.set(`${ak(lo)}>${ak(hi)}`, { score: e.attributes.score, verdict: e.attributes.verdict, cited: !!e.attributes.citedArticle, later: !!e.attributes.laterVersion, conduct: !!e.attributes.penaltyConduct, source: e.source, target: e.target });
      }
  }
  const rank = new Map<string, number>();
  for (const r of d.cands.records) {
    const perDoc = new Map<number, number>();
    for (const c of [...r.candidates].sort((a, b) => b.score - a.score)) {
      const k = (perDoc.get(c.doc) ?? 0) + 1;
      perDoc.set(c.doc, k);
      rank.set(`${r.lower}>${c.higher}`, k);
    }
  }
  const unlinked = new Set(d.gold.unlinked.map(ak));
  const goldSet = new Set(d.gold.links.map((l) => `${ak(l.lower)}>${ak(l.higher)}`));
  const goldBy = new Map<string, string[]>();
  for (const l of d.gold.links) {
    const k = `${ak(l.lower)}>${ak(l.higher).split('#')[0]}`;
    (goldBy.get(k) ?? goldBy.set(k, []).get(k)!).push(ak(l.higher));
  }
  const out: FalseLink63[] = [];
  for (const fp of s.falsePositives) {
    const [lo, hi] = fp.split('>');
    const hiDoc = hi.split('#')[0];
    const L = byKey.get(lo)!;
    const H = byKey.get(hi)!;
    const e = edgeOf.get(fp)!;
    const gold = goldBy.get(`${lo}>${hiDoc}`) ?? [];
    const predicted = [...edgeOf].filter(([k]) => k.startsWith(`${lo}>${hiDoc}#`)).map(([k, v]) => ({ higher: k.split('>')[1], gold: goldSet.has(k), score: v.score }));
    const where = (gs: string[]) => {
      const hn = articleNumber(hi);
      const hch = chapterOf(H.path);
      if (gs.some((g) => Math.abs(articleNumber(g) - hn) <= 2 && chapterOf(byKey.get(g)?.path ?? '') === hch)) return 'neighbour';
      if (gs.some((g) => chapterOf(byKey.get(g)?.path ?? '') === hch)) return 'chapter';
      return 'other';
    };
    let cls: string;
    if (unlinked.has(lo)) cls = `unlinked:${lowerRole(L.text, L.framing)}`;
    else if (gold.length === 0) cls = 'extra';
    else {
      const found = gold.filter((g) => edgeOf.has(`${lo}>${g}`));
      cls = found.length ? `second:${where(found)}` : `wrong:${where(gold)}`;
    }
    const r = rank.get(`${e.source}>${e.target}`);
    const step = e.cited ? 'cited' : e.conduct ? 'conduct' : e.later ? 'later' : r ? `rank${Math.min(r, 3)}` : e.score === 0 ? 'pass0' : 'pass';
    out.push({ set, lower: lo, higher: hi, cls, step, score: e.score, verdict: e.verdict, lowerText: L.text, higherText: H.text, gold, predicted });
  }
  return { links: out, tp: s.tp, unpaired };
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
  const opts = arg('--opts') ? (JSON.parse(arg('--opts')!) as Partial<LinkOptions>) : {};
  const tag = arg('--tag') ?? 'h63p6-base';
  const list = arg('--list');
  const all: FalseLink63[] = [];
  const classes = ['unlinked:framing', 'unlinked:definition', 'unlinked:liability', 'unlinked:procedure', 'unlinked:other', 'second:neighbour', 'second:chapter', 'second:other', 'wrong:neighbour', 'wrong:chapter', 'wrong:other', 'extra'];
  const short = ['u:fram', 'u:def', 'u:liab', 'u:proc', 'u:oth', 's:nb', 's:ch', 's:oth', 'w:nb', 'w:ch', 'w:oth', 'extra'];
  console.log(['set'.padEnd(12), ...short.map((c) => c.padStart(7)), '   FP', '   TP', ' unpaired'].join(''));
  const tot = new Map<string, number>();
  let [tps, unp] = [0, 0];
  for (const id of sets) {
    const d = await loadDev(id, opts, tag, process.argv.includes('--fresh'));
    const { links, tp, unpaired } = falseLinks63(id, d);
    all.push(...links);
    tps += tp;
    unp += unpaired;
    const row = classes.map((c) => links.filter((f) => f.cls === c).length);
    classes.forEach((c, i) => tot.set(c, (tot.get(c) ?? 0) + row[i]));
    console.log([id.padEnd(12), ...row.map((n) => String(n).padStart(7)), String(links.length).padStart(5), String(tp).padStart(5), String(unpaired).padStart(9)].join(''));
  }
  console.log(['all'.padEnd(12), ...classes.map((c) => String(tot.get(c)).padStart(7)), String(all.length).padStart(5), String(tps).padStart(5), String(unp).padStart(9)].join(''));
  const band = (f: FalseLink63) => (f.score === 0 ? '0' : f.score < 0.15 ? '<0.15' : f.score < 0.3 ? '0.15-0.3' : '>=0.3');
  for (const c of classes) {
    const xs = all.filter((f) => f.cls === c);
    const by = new Map<string, number>();
    for (const f of xs) by.set(`${f.step}/${f.verdict}/${band(f)}`, (by.get(`${f.step}/${f.verdict}/${band(f)}`) ?? 0) + 1);
    console.log(`${c.padEnd(20)} ${String(xs.length).padStart(4)}: ${[...by].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
  const steps = new Map<string, number>();
  for (const f of all) steps.set(f.step, (steps.get(f.step) ?? 0) + 1);
  console.log(`by step: ${[...steps].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  if (list)
    for (const f of all.filter((x) => x.cls.startsWith(list)))
      console.log(`\n[${f.set}] ${f.cls} ${f.lower} → ${f.higher.split('#')[1]}  ${f.step} ${f.verdict} ${f.score.toFixed(3)}  gold ${f.gold.map((g) => g.split('#')[1]).join(',') || '-'}  links ${f.predicted.map((p) => `${p.higher.split('#')[1]}${p.gold ? '✓' : '✗'}${p.score.toFixed(2)}`).join(' ')}\n  L: ${f.lowerText.replace(/\s+/g, ' ').slice(0, 200)}\n  H: ${f.higherText.replace(/\s+/g, ' ').slice(0, 200)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
