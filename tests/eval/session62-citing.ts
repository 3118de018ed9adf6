// Session 62 (helper implrules, issue 13): every citation-made link (`citedArticle`) of an annotated pair on the
// development link sets, gold or not, by the clause form around the citation — whether the lower article cites the law
// article as a condition of its own provision (…依照劳动合同法第三十八条的规定解除劳动合同的，不属于…) or spells out the cited
// provision (劳动合同法第四十七条规定的经济补偿…; 依照…第X条的规定执行). Read before any rule was written.
// `npx tsx tests/eval/session62-citing.ts [--tag t] [--sets a,b] [--rows]`. Held-out sets are refused (dev-cache.ts).
import { articleKey, loadDev } from './dev-cache.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { measureKeys } from './links.js';
import type { SetId } from './sets.js';

/** The clause form around one citation, read for the table (not a rule): the text of the article before it (label
 *  stripped) and after it, whitespace removed. */
export type CitationForm = 'definition' | 'except' | 'condition' | 'belongs' | 'case' | 'meets' | 'duty' | 'referral' | 'other';
export function citationForm(before: string, after: string): CitationForm {
  const b = before.replace(/^第[一二三四五六七八九十百零〇]+条(?:之[一二三四五六七八九十]+)?/, '');
  const sentence = after.split(/[。；]/)[0];
  if (!b && /^(?:的)?(?:规定的|所称)/.test(after)) return 'definition';
  if (/除(?:依照|按照)?$/.test(b)) return 'except';
  if (/(?:的|时)，/.test(sentence)) return 'condition';
  if (/(?:属于|认定为|是)$/.test(b)) return 'belongs';
  if (/(?:有|存在)$/.test(b)) return 'case';
  if (/(?:符合|具备)$/.test(b)) return 'meets';
  if (/(?:履行|遵守)$/.test(b)) return 'duty';
  if (/(?:依照|按照|根据|依据)$/.test(b)) return 'referral';
  return 'other';
}

export interface CitingRow {
  set: string;
  lower: string;
  higher: string;
  score: number;
  verdict: string;
  gold: 'strong' | 'weak' | 'none';
  form: CitationForm;
  citation: string;
  before: string;
  after: string;
  /** The lower article's whole text. */
  text: string;
}

export async function citingRows(id: SetId, tag: string, opts = {}): Promise<CitingRow[]> {
  const d = await loadDev(id, opts, tag);
  const s = d.snapshot;
  const keys = new Map([...measureKeys(s)].map(([m, ks]) => [m, ks.map(articleKey)]));
  const annotated = new Set(d.gold.pairs.map((p) => `${p.lower}>${p.higher}`));
  const gold = new Map(d.gold.links.map((l) => [`${articleKey(l.lower)}>${articleKey(l.higher)}`, l.strength as 'strong' | 'weak']));
  const text = new Map<string, string>();
  for (const n of s.nodes) if (n.attributes.type === 'Measure') text.set(n.key, (n.attributes as { text: string }).text);
  const out: CitingRow[] = [];
  for (const e of s.edges) {
    const a = e.attributes as { type: string; score: number; verdict: string; citedArticle?: boolean; evidence?: { citations?: { text: string }[] } };
    if (a.type !== 'IMPLEMENTS' || !a.citedArticle) continue;
    const [lk, hk] = [keys.get(e.source) ?? [], keys.get(e.target) ?? []];
    const pair = lk.flatMap((l) => hk.map((h) => [l, h] as const)).find(([l, h]) => annotated.has(`${l.split('#')[0]}>${h.split('#')[0]}`));
    if (!pair) continue;
    const t = (text.get(e.source) ?? '').replace(/\s+/g, '');
    for (const c of a.evidence?.citations ?? []) {
      const ct = c.text.replace(/\s+/g, '');
      const at = t.indexOf(ct);
      const [before, after] = at >= 0 ? [t.slice(0, at), t.slice(at + ct.length)] : ['', ''];
      out.push({
        set: id, lower: pair[0], higher: pair[1], score: a.score, verdict: a.verdict, gold: gold.get(`${pair[0]}>${pair[1]}`) ?? 'none',
        form: at >= 0 ? citationForm(before, after) : 'other', citation: ct, before, after, text: t,
      });
    }
  }
  return out;
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
  const tag = arg('--tag') ?? 'h62ir-base';
  const all: CitingRow[] = [];
  for (const id of sets) all.push(...(await citingRows(id, tag)));
  const forms = [...new Set(all.map((r) => r.form))].sort();
  const cnt = (xs: CitingRow[]) => `${xs.filter((x) => x.gold === 'strong').length} / ${xs.filter((x) => x.gold === 'weak').length} / ${xs.filter((x) => x.gold === 'none').length}`;
  console.log(`citation-made links of annotated pairs, ${all.length} (a link cited twice counts per citation): gold strong / weak / none`);
  console.log('| form | all | per set |');
  console.log('|---|---|---|');
  for (const f of forms) {
    const xs = all.filter((r) => r.form === f);
    const per = [...new Set(xs.map((x) => x.set))].map((id) => `${id} ${cnt(xs.filter((x) => x.set === id))}`).join('; ');
    console.log(`| ${f} | ${cnt(xs)} | ${per} |`);
  }
  // The same, the citation in the article's first sentence or after it (a 。 or ； before it).
  for (const later of [false, true]) {
    const xs = all.filter((r) => /[。；]/.test(r.before) === later);
    console.log(`${later ? 'after the first sentence' : 'in the first sentence'}: ${cnt(xs)}; ours partial ${cnt(xs.filter((x) => x.verdict === 'partial'))}`);
  }
  if (process.argv.includes('--rows'))
    for (const r of all)
      console.log(`${r.set}\t${r.gold}\t${r.verdict}\t${r.score.toFixed(3)}\t${r.form}\t${r.lower.split('#')[1]} > ${r.higher.split('#')[1]}\t…${r.before.slice(-30)}【${r.citation}】${r.after.slice(0, 40)}`);
}

if (process.argv[1]?.endsWith('session62-citing.ts')) void main();
