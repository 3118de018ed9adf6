// Session 59 (helper act, issue 13): the act reading (ingest/link/acts.ts: what a clause does to what, as verb class ×
// object head) tabulated on the development link gold, by class of error and by set:
// (a) grading — for gold links (strong / weak), the share of the higher article's acts the lower article's acts carry, for
//     every gold link we make and for those we call strong;
// (b) precision — for our links, gold (true) against not gold (false), whether the two articles share an act (one class
//     and one head; strictly: both heads read), penalty articles apart (their acts: the conduct and the sanction);
// (c) recall of second links — session 58's rows (session58-second.ts secondRows): a gold second law article X of a lower
//     article A linked first to F, under the weak threshold (gold-miss) against the non-gold candidates there
//     (other-under): whether X carries an act of A that F does not.
// `npx tsx tests/eval/session59-acts.ts [--tag h59a-base] [--sets a,b] [--part a|b|c] [--sample N]`. Held-out sets are refused
// (dev-cache.ts).
import { articleKey, DEV_REGULATION_SETS, loadDev } from './dev-cache.js';
import { measureKeys } from './links.js';
import { edgesOf } from './session46-verdict.js';
import { secondRows } from './session58-second.js';
import { actShare, readActs, sameAct, shareAct, type Act } from '../../ingest/link/acts.js';
import { ACT_READING } from '../../ingest/link/options.js';
import type { SetId } from './sets.js';
import type { Snapshot } from '../../graph-schema/index.js';

const arg = (n: string) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1] : undefined; };
const memo = new Map<string, Act[]>();
export const actsOf = (t: string) => memo.get(t) ?? memo.set(t, readActs(t, ACT_READING)).get(t)!;
const nonSanction = (xs: Act[]) => xs.filter((a) => a.cls !== 'sanction');
const isPenalty = (xs: Act[]) => xs.some((a) => a.by === 'sanction' || a.by === 'conduct');

/** The share bin of a link: 'none read' (the higher reads no act), 0, under ½, ½ to 1, all. */
export function shareBin(s: number | null): string {
  if (s === null) return 'no acts read';
  return s === 0 ? '0' : s < 0.5 ? '<1/2' : s < 1 ? '1/2..<1' : 'all';
}

function textByKey(s: Snapshot): Map<string, string> {
  const out = new Map<string, string>();
  const text = new Map<string, string>();
  for (const n of s.nodes) if (n.attributes.type === 'Measure') text.set(n.key, n.attributes.text);
  for (const [id, ks] of measureKeys(s)) for (const k of ks) out.set(articleKey(k), text.get(id) ?? '');
  return out;
}

type Tab = Map<string, Map<string, [number, number]>>;
const bump = (t: Tab, row: string, set: string, i: 0 | 1) => {
  const r = t.get(row) ?? t.set(row, new Map()).get(row)!;
  for (const k of [set, 'all']) { const c = r.get(k) ?? r.set(k, [0, 0]).get(k)!; c[i]++; }
};
function print(title: string, t: Tab, sets: string[], labels: [string, string]) {
  console.log(`\n## ${title}  (cells: ${labels[0]} / ${labels[1]})`);
  console.log(['row'.padEnd(34), 'all'.padStart(14), ...sets.map((s) => s.slice(0, 7).padStart(9))].join(''));
  for (const [row, per] of [...t].sort(([a], [b]) => a.localeCompare(b))) {
    const cell = (k: string) => { const c = per.get(k); return c ? `${c[0]}/${c[1]}` : '-'; };
    const a = per.get('all')!;
    console.log([row.padEnd(34), `${cell('all')} ${Math.round((100 * a[1]) / (a[0] + a[1] || 1))}%`.padStart(14), ...sets.map((s) => cell(s).padStart(9))].join(''));
  }
}

async function main() {
  const tag = arg('--tag') ?? 'h59a-base';
  const sets = (arg('--sets')?.split(',') ?? DEV_REGULATION_SETS) as SetId[];
  const part = arg('--part');
  const nSample = +(arg('--sample') ?? 0);
  const A: Tab = new Map(), B: Tab = new Map(), C: Tab = new Map();
  const samples: string[] = [];
  for (const id of sets) {
    const d = await loadDev(id, {}, tag);
    if (!part || part === 'a') {
      // (a) every gold link (its texts by the scorer's keys), and the gold links among our strong edges.
      const tk = textByKey(d.snapshot);
      for (const l of d.gold.links) {
        const [lt, ht] = [tk.get(articleKey(l.lower)), tk.get(articleKey(l.higher))];
        if (lt === undefined || ht === undefined) continue;
        bump(A, `gold: share ${shareBin(actShare(actsOf(ht), actsOf(lt)))}`, id, l.strength === 'strong' ? 0 : 1);
      }
      for (const e of edgesOf(d, true)) {
        if (e.grade === 'none') continue;
        if (e.partial) {
          // Our partial links: the gold-strong among them by the act share (a promotion would read these).
          const s = actShare(actsOf(e.higherText), actsOf(e.lowerText));
          const n = Math.min(actsOf(e.higherText).length, 3);
          bump(A, `called partial: ${n}${n === 3 ? '+' : ''} acts, ${shareBin(s)}`, id, e.grade === 'strong' ? 0 : 1);
          continue;
        }
        const [h, lo] = [actsOf(e.higherText), actsOf(e.lowerText)];
        const s = actShare(h, lo);
        bump(A, `called strong: share ${shareBin(s)}`, id, e.grade === 'strong' ? 0 : 1);
        const n = Math.min(h.length, 3);
        bump(A, `called strong: ${n}${n === 3 ? '+' : ''} acts, ${shareBin(s)}`, id, e.grade === 'strong' ? 0 : 1);
        if (e.score < 0.25) bump(A, `called strong <0.25: share ${shareBin(s)}`, id, e.grade === 'strong' ? 0 : 1);
        if (e.grade === 'weak' && samples.length < nSample && s !== null && s < 0.5 && Math.random() < 0.3)
          samples.push(`${id} ${e.score.toFixed(2)} ${e.lowerKey.slice(-14)} → ${e.higherKey.slice(-8)} share ${s.toFixed(2)}\n  H acts ${h.map((a) => `${a.verb}→${a.head}`).join(' ')}\n  L acts ${lo.map((a) => `${a.verb}→${a.head}`).join(' ')}\n  H: ${e.higherText.replace(/\s+/g, ' ').slice(0, 160)}\n  L: ${e.lowerText.replace(/\s+/g, ' ').slice(0, 160)}`);
      }
    }
    if (!part || part === 'b') {
      // (b) our links of the annotated document pairs: true (gold, either grade) / false.
      const pairs = new Set(d.gold.pairs.map((p) => `${p.lower}>${p.higher}`));
      const edgesOfSet = edgesOf(d, true);
      for (const e of edgesOfSet) {
        if (!pairs.has(`${e.lowerKey.split('#')[0]}>${e.higherKey.split('#')[0]}`)) continue;
        const [h, lo] = [actsOf(e.higherText), actsOf(e.lowerText)];
        const pen = isPenalty(h) && isPenalty(lo);
        const kind = pen ? 'penalty' : 'duty';
        const i = e.grade === 'none' ? 1 : 0;
        if (pen) {
          const conduct = (xs: Act[]) => xs.filter((a) => a.by === 'conduct');
          const [hc, lc] = [conduct(h), conduct(lo)];
          bump(B, `penalty: conduct ${!hc.length || !lc.length ? 'unread' : shareAct(hc, lc) ? 'shared' : 'not shared'}`, id, i);
          bump(B, `penalty: conduct strict ${!hc.length || !lc.length ? 'unread' : shareAct(hc, lc, true) ? 'shared' : 'not shared'}`, id, i);
        }
        const [hn, ln] = [nonSanction(h), nonSanction(lo)];
        // A second link: the lower article has a link of a higher score into the same higher document.
        const second = edgesOfSet.some((x) => x.lower === e.lower && x !== e && x.higher.split('#')[0] === e.higher.split('#')[0] && x.score > e.score);
        const sub = `${e.partial ? 'partial' : 'strong'}${second ? ' second' : ''}`;
        bump(B, `${kind} ${sub}: act strict ${!hn.length || !ln.length ? 'unread' : shareAct(hn, ln, true) ? 'shared' : 'not shared'}`, id, i);
        bump(B, `${kind}: act ${!hn.length || !ln.length ? 'unread' : shareAct(hn, ln) ? 'shared' : 'not shared'}`, id, i);
        bump(B, `${kind}: act strict ${!hn.length || !ln.length ? 'unread' : shareAct(hn, ln, true) ? 'shared' : 'not shared'}`, id, i);
        bump(B, `${kind}: class ${!hn.length || !ln.length ? 'unread' : hn.some((a) => ln.some((b) => a.cls === b.cls)) ? 'shared' : 'not shared'}`, id, i);
      }
    }
    if (!part || part === 'c') {
      // (c) second law articles: gold-miss (gold) / other-under (not gold) under the weak threshold.
      const tk = textByKey(d.snapshot);
      for (const r of await secondRows(id, tag)) {
        if (r.cls !== 'gold-miss' && r.cls !== 'other-under') continue;
        const [a, f, x] = [actsOf(tk.get(r.lower) ?? ''), actsOf(tk.get(r.first) ?? ''), actsOf(tk.get(r.higher) ?? '')];
        const rest = a.filter((p) => !f.some((q) => sameAct(p, q)));
        const i = r.cls === 'gold-miss' ? 0 : 1;
        bump(C, `X carries an act of A: ${!a.length || !x.length ? 'unread' : shareAct(x, a) ? 'yes' : 'no'}`, id, i);
        bump(C, `X carries an act F leaves: ${!rest.length || !x.length ? 'unread' : shareAct(x, rest) ? 'yes' : 'no'}`, id, i);
        bump(C, `… strictly: ${!rest.length || !x.length ? 'unread' : shareAct(x, rest, true) ? 'yes' : 'no'}`, id, i);
        if (r.score >= 0.08) bump(C, `score>=0.08, X carries F's leftover: ${!rest.length || !x.length ? 'unread' : shareAct(x, rest) ? 'yes' : 'no'}`, id, i);
      }
    }
  }
  if (!part || part === 'a') print('(a) grading: the share of the higher article\'s acts the lower carries', A, sets, ['gold strong', 'gold weak']);
  if (!part || part === 'b') print('(b) precision: whether the linked articles share an act', B, sets, ['true links', 'false links']);
  if (!part || part === 'c') print('(c) second law articles under the weak threshold', C, sets, ['gold miss', 'not gold']);
  for (const s of samples) console.log(s);
}

if (process.argv[1]?.endsWith('session59-acts.ts') && !process.argv.includes('--rules')) void main();

// `--rules`: grading rules on the act share replayed (a strong link made partial in a copy of the snapshot, the coverage
// verdicts right counted again: session46-verdict.ts rightWith, as session58-grading.ts --rules); S/W/N turned, the
// verdict change per set, the sets down.
import { ruleGrid, type Edge } from './session46-verdict.js';
type Rule = (e: Edge, row: Edge[]) => boolean;
export function actRules(loose = process.argv.includes('--loose')): Record<string, Rule> {
  const R: Record<string, Rule> = {};
  const sh = (e: Edge) => actShare(actsOf(e.higherText), actsOf(e.lowerText), loose ? e.lowerText : undefined);
  const n = (e: Edge) => actsOf(e.higherText).length;
  for (const k of [2, 3, 4]) for (const sc of [0.2, 0.25, 0.3, 0.4, Infinity]) {
    R[`Z ${k}+ acts, none carried, score<${sc}`] = (e) => e.score < sc && n(e) >= k && sh(e) === 0;
    R[`H ${k}+ acts, under half carried, score<${sc}`] = (e) => e.score < sc && n(e) >= k && (sh(e) ?? 1) < 0.5;
    R[`Zr ${k}+ acts, none here, one elsewhere in the row, score<${sc}`] = (e, row) => e.score < sc && n(e) >= k && sh(e) === 0 && row.some((x) => x !== e && (actShare(actsOf(e.higherText), actsOf(x.lowerText)) ?? 0) > 0);
    R[`Zl ${k}+ acts, none carried, lower reads 1+, score<${sc}`] = (e) => e.score < sc && n(e) >= k && sh(e) === 0 && actsOf(e.lowerText).length > 0;
    R[`Zc ${k}+ classes, none carried, score<${sc}`] = (e) => e.score < sc && new Set(actsOf(e.higherText).map((a) => a.cls)).size >= k && sh(e) === 0;
    R[`Zs ${k}+ acts, none carried strictly, score<${sc}`] = (e) => e.score < sc && n(e) >= k && !shareAct(actsOf(e.higherText), actsOf(e.lowerText), true);
  }
  return R;
}
if (process.argv[1]?.endsWith('session59-acts.ts') && process.argv.includes('--rules')) {
  const tag = arg('--tag') ?? 'h59a-base';
  const sets = (arg('--sets')?.split(',') ?? DEV_REGULATION_SETS) as SetId[];
  await ruleGrid(sets, tag, actRules(), arg('--only'), 56);
}
