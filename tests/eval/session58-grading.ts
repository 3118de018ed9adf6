// Session 58 (helper grading, issue 13): the gold-weak links we call strong read structurally. Per higher article of a
// document pair, the higher's units (paragraphs and their (一)(二)… items) and, for each lower article linked into it, the
// units it carries; a row where the lower articles share out the higher's units (each carrying its own, none all of them)
// is the guideline's "one item / a side paragraph / the core in part" per link. Features tabulated gold strong / gold weak
// among the links we call strong; `--sample N` prints N gold-weak-called-strong pairs with the gold's reason.
// `npx tsx tests/eval/session58-grading.ts [--sets …] [--tag h57v-m57] [--sample 40]`. Held-out sets are refused (dev-cache).
import { loadDev, DEV_REGULATION_SETS } from './dev-cache.js';
import { edgesOf, paragraphShares, ruleGrid, type Edge } from './session46-verdict.js';
import { articleUnits, hanBigrams, share } from '../../ingest/link/side-paragraph.js';
import { unitsCarried } from '../../ingest/link/units-carried.js';
import type { SetId } from './sets.js';

const arg = (n: string) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1] : undefined; };
const sets = (arg('--sets')?.split(',') ?? DEV_REGULATION_SETS) as SetId[];
const tag = arg('--tag') ?? 'h57v-m57';

async function main() {
  const feats = new Map<string, [number, number]>();
  const add = (f: string, g: string) => { const c = feats.get(f) ?? feats.set(f, [0, 0]).get(f)!; c[g === 'strong' ? 0 : 1]++; };
  const sample: string[] = [];
  for (const id of sets) {
    const d = await loadDev(id, {}, tag);
    const edges = edgesOf(d, true);
    const rows = new Map<string, Edge[]>();
    for (const e of edges) { const k = `${e.higher}|${e.lower.split('#')[0]}`; (rows.get(k) ?? rows.set(k, []).get(k)!).push(e); }
    const why = new Map(d.gold.links.map((l) => [`${l.lower.replace(/#.*\//, '#')}>${l.higher.replace(/#.*\//, '#')}`, (l as any).why ?? '']));
    for (const e of edges) {
      if (e.partial || e.grade === 'none') continue;
      const row = rows.get(`${e.higher}|${e.lower.split('#')[0]}`)!;
      const u = unitsCarried(e.higherText, e.lowerText, row.filter((x) => x !== e).map((x) => x.lowerText), e.idf);
      add(`units ${Math.min(u.units, 4)}`, e.grade);
      add(`row ${Math.min(row.length, 3)}`, e.grade);
      add(`here carries ${u.here.length}/${u.units} (capped 3)`.replace(/\d+\/\d+/, `${Math.min(u.here.length, 3)}`), e.grade);
      add(`split ${u.split}`, e.grade);
      const U = Math.min(u.units, 3), H = u.here.length;
      const together = new Set([...u.here, ...u.others.flat()]).size;
      add(`units ${U}+ here ${H >= u.units ? 'all' : H === 0 ? 'none' : 'some'}`, e.grade);
      add(`units ${U}+ here ${H >= u.units ? 'all' : H === 0 ? 'none' : 'some'} score<0.25 ${e.score < 0.25}`, e.grade);
      {
        const ps = paragraphShares(e);
        if (ps.length >= 2) {
          const side = Math.max(...ps.slice(1)), main = ps[0];
          add(`paras 2+: side-main ${side - main >= 0.2 ? '>=0.2' : side - main >= 0 ? '0..0.2' : side - main >= -0.2 ? '-0.2..0' : '<-0.2'} main ${main < 0.3 ? '<0.3' : main < 0.5 ? '<0.5' : '>=0.5'}`, e.grade);
        }
        const lu = articleUnits(e.lowerText);
        const items = lu.filter((x) => x.item).length;
        if (items >= 3) {
          const hb = hanBigrams(e.higherText.replace(/^\s*第[^条]+条/, ''));
          const sh = lu.map((x) => share(hb, hanBigrams(x.text), e.idf));
          const best = sh.indexOf(Math.max(...sh));
          const all = share(hb, hanBigrams(e.lowerText), e.idf);
          add(`lower 3+ items: best unit ${lu[best].item ? 'item' : 'para'} holds ${sh[best] / (all || 1) >= 0.8 ? '>=0.8' : sh[best] / (all || 1) >= 0.6 ? '0.6-0.8' : '<0.6'} of the share`, e.grade);
        }
      }
      if (u.units >= 2) add(`units 2+ row ${Math.min(row.length, 3)} together ${together >= u.units ? 'all' : 'part'} here ${H >= u.units ? 'all' : H === 0 ? 'none' : 'some'}`, e.grade);
      add(`split ${u.split} score<0.25 ${e.score < 0.25}`, e.grade);
      if (e.grade === 'weak' && sample.length < +(arg('--sample') ?? 0) && Math.random() < 0.25)
        sample.push(`${id}\t${e.score.toFixed(2)}\t${e.lowerKey.replace(/\.[a-z]+#/, '#').slice(-22)} → ${e.higherKey.split('#')[1]}  units ${u.units} here [${u.here}] others [${u.others.map((o) => o.join('+')).join(' | ')}] split ${u.split}\n  why: ${why.get(`${e.lowerKey}>${e.higherKey}`) ?? ''}\n  H: ${e.higherText.replace(/\s+/g, ' ').slice(0, 220)}\n  L: ${e.lowerText.replace(/\s+/g, ' ').slice(0, 220)}`);
    }
  }
  for (const [f, [s, w]] of [...feats].sort()) console.log(`${f.padEnd(40)} ${String(s).padStart(5)} / ${String(w).padStart(5)} (${Math.round((100 * w) / (s + w))}% weak)`);
  for (const s of sample) console.log(s);
}
if (process.argv[1]?.endsWith('session58-grading.ts') && !process.argv.includes('--rules')) await main();

// Rules replayed (a strong link made partial in a copy of the snapshot, verdicts right counted again; rightWith):
// `--rules` prints each rule's S/W/N turned and the verdict change per set.
type Rule = (e: Edge, row: Edge[]) => boolean;
export function unitRules(): Record<string, Rule> {
  const R: Record<string, Rule> = {};
  for (const carried of [0.4, 0.5, 0.6]) for (const n of [3, 4]) for (const sc of [0.25, 0.3, 0.4, Infinity]) {
    const f = (e: Edge, row: Edge[]) => unitsCarried(e.higherText, e.lowerText, row.filter((x) => x !== e).map((x) => x.lowerText), e.idf, { carried, minBigrams: 6 });
    R[`N none of ${n}+ units (${carried}) score<${sc}`] = (e, row) => e.score < sc && (({ units, here }) => units >= n && here.length === 0)(f(e, row));
    R[`M none or under half of ${n}+ units (${carried}) score<${sc}`] = (e, row) => e.score < sc && (({ units, here }) => units >= n && here.length < units / 2)(f(e, row));
    R[`Sp split ${n}+ units (${carried}) score<${sc}`] = (e, row) => e.score < sc && (({ units, split }) => units >= n && split)(f(e, row));
  }
  for (const m of [0.2, 0.3, 0.4]) for (const g of [0, 0.1, 0.2, 0.3]) for (const sc of [0.3, 0.4, Infinity]) {
    R[`SP main<${m} side>=main+${g} score<${sc}`] = (e) => { if (e.score >= sc) return false; const ps = paragraphShares(e); return ps.length >= 2 && ps[0] < m && Math.max(...ps.slice(1)) >= ps[0] + g; };
  }
  for (const carried of [0.4, 0.5]) for (const sc of [0.25, 0.3]) {
    const f = (e: Edge, row: Edge[]) => unitsCarried(e.higherText, e.lowerText, row.filter((x) => x !== e).map((x) => x.lowerText), e.idf, { carried, minBigrams: 6 });
    R[`G none of 3+ units, row 2+ (${carried}) score<${sc}`] = (e, row) => e.score < sc && row.length >= 2 && (({ units, here }) => units >= 3 && here.length === 0)(f(e, row));
    R[`G none of 3+ units, others carry 1+ (${carried}) score<${sc}`] = (e, row) => e.score < sc && (({ units, here, others }) => units >= 3 && here.length === 0 && others.some((o) => o.length > 0))(f(e, row));
    R[`G split or none-while-others-carry 3+ units (${carried}) score<${sc}`] = (e, row) => e.score < sc && (({ units, here, others, split }) => units >= 3 && (split || (here.length === 0 && others.some((o) => o.length > 0))))(f(e, row));
  }
  for (const carried of [0.4, 0.5, 0.6]) for (const n of [2, 3, 4]) for (const sc of [0.25, 0.3]) {
    const f = (e: Edge, row: Edge[]) => unitsCarried(e.higherText, e.lowerText, row.filter((x) => x !== e).map((x) => x.lowerText), () => 1, { carried, minBigrams: 6 });
    R[`Sq split ${n}+ units (${carried}, plain share) score<${sc}`] = (e, row) => e.score < sc && (({ units, split }) => units >= n && split)(f(e, row));
  }
  return R;
}
if (process.argv[1]?.endsWith('session58-grading.ts') && process.argv.includes('--rules')) {
  await ruleGrid(sets, tag, unitRules(), arg('--only'));
}
