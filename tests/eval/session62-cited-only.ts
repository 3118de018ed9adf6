// Session 62 (helper implrules, issue 13): the lower articles that cite a higher text by number, by the form of the article
// (cited-form.ts citedOnlyForm: 'referral' — its provision applies the cited articles —, 'definition', or none of them), with
// their cited links and their uncited links into the same text, gold or not, on every development link set.
// `npx tsx tests/eval/session62-cited-only.ts [--tag t] [--sets a,b] [--rows]`. Held-out sets are refused (dev-cache.ts).
import { articleKey, loadDev } from './dev-cache.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { measureKeys } from './links.js';
import type { SetId } from './sets.js';
import { CITED_ONLY_FORMS, citedOnlyForm } from '../../ingest/link/cited-form.js';

interface Row { set: string; lower: string; higher: string; form: string; cited: boolean; gold: string; score: number; text: string }

async function rows(id: SetId, tag: string): Promise<Row[]> {
  const d = await loadDev(id, {}, tag);
  const s = d.snapshot;
  const keys = new Map([...measureKeys(s)].map(([m, ks]) => [m, ks.map(articleKey)]));
  const annotated = new Set(d.gold.pairs.map((p) => `${p.lower}>${p.higher}`));
  const gold = new Map(d.gold.links.map((l) => [`${articleKey(l.lower)}>${articleKey(l.higher)}`, l.strength as string]));
  const meas = new Map<string, { docId: string; text: string }>();
  for (const n of s.nodes) if (n.attributes.type === 'Measure') meas.set(n.key, n.attributes as { docId: string; text: string });
  const edges = s.edges.filter((e) => e.attributes.type === 'IMPLEMENTS');
  // The citations of each (lower measure, higher document), as spans in the lower measure's text.
  const spans = new Map<string, [number, number][]>();
  for (const e of edges) {
    const a = e.attributes as { citedArticle?: boolean; evidence?: { citations?: { text: string }[] } };
    if (!a.citedArticle) continue;
    const key = `${e.source}>${meas.get(e.target)?.docId}`;
    const t = meas.get(e.source)?.text ?? '';
    const list = spans.get(key) ?? spans.set(key, []).get(key)!;
    for (const c of a.evidence?.citations ?? []) {
      const at = t.indexOf(c.text);
      if (at >= 0 && !list.some(([x]) => x === at)) list.push([at, at + c.text.length]);
    }
  }
  const out: Row[] = [];
  for (const e of edges) {
    const key = `${e.source}>${meas.get(e.target)?.docId}`;
    const sp = spans.get(key);
    if (!sp) continue;
    const [lk, hk] = [keys.get(e.source) ?? [], keys.get(e.target) ?? []];
    const pair = lk.flatMap((l) => hk.map((h) => [l, h] as const)).find(([l, h]) => annotated.has(`${l.split('#')[0]}>${h.split('#')[0]}`));
    if (!pair) continue;
    const text = meas.get(e.source)?.text ?? '';
    const a = e.attributes as { citedArticle?: boolean; score: number };
    out.push({ set: id, lower: pair[0], higher: pair[1], form: citedOnlyForm(text, sp, CITED_ONLY_FORMS) ?? 'other', cited: !!a.citedArticle, gold: gold.get(`${pair[0]}>${pair[1]}`) ?? 'none', score: a.score, text });
  }
  return out;
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
  const tag = arg('--tag') ?? 'h62ir-base';
  const all: Row[] = [];
  for (const id of sets) all.push(...(await rows(id, tag)));
  const cnt = (xs: Row[]) => `${xs.filter((x) => x.gold === 'strong').length} / ${xs.filter((x) => x.gold === 'weak').length} / ${xs.filter((x) => x.gold === 'none').length}`;
  console.log('links of a lower article citing the higher text by number (annotated pairs), gold strong / weak / none');
  console.log('| article form | articles | cited links | uncited links | uncited, per set |');
  console.log('|---|---|---|---|---|');
  for (const f of ['referral', 'definition', 'other']) {
    const xs = all.filter((x) => x.form === f);
    const un = xs.filter((x) => !x.cited);
    const per = [...new Set(un.map((x) => x.set))].map((id) => `${id} ${cnt(un.filter((x) => x.set === id))}`).join('; ');
    console.log(`| ${f} | ${new Set(xs.map((x) => x.lower)).size} | ${cnt(xs.filter((x) => x.cited))} | ${cnt(un)} | ${per} |`);
  }
  if (process.argv.includes('--rows'))
    for (const x of all) console.log(`${x.set}\t${x.form}\t${x.cited ? 'cited' : 'uncited'}\t${x.gold}\t${x.score.toFixed(3)}\t${x.lower.split('#')[1]} > ${x.higher.split('#')[1]}\t${x.text.replace(/\s+/g, '').slice(0, 70)}`);
}

if (process.argv[1]?.endsWith('session62-cited-only.ts')) void main();
