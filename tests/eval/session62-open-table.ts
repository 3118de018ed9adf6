// Session 62 (helper police2, issue 13): the procedure rules' links into the law's 法律责任 chapter under PROCEDURE_OPEN (every
// article of no group open, session 61), gold or not, by whether the lower article names an enforcement measure
// (PROCEDURE_OPEN_MEASURE.measure). The table behind options.penaltyArticles.open.measure. Development set `police` only (the
// one development family with a procedure rule). `npx tsx tests/eval/session62-open-table.ts [--tag t] [--rows]`.
import { loadDev, articleKey } from './dev-cache.js';
import { measureKeys } from './links.js';
import { DEFAULT_LINK_OPTIONS, PROCEDURE_OPEN, PROCEDURE_OPEN_MEASURE } from '../../ingest/link/options.js';

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const words = new RegExp(PROCEDURE_OPEN_MEASURE.measure!);
  const opts = { penaltyArticles: { ...DEFAULT_LINK_OPTIONS.penaltyArticles!, open: PROCEDURE_OPEN } };
  const d = await loadDev('police', opts, arg('--tag') ?? 'h62p2-open61');
  const key = new Map([...measureKeys(d.snapshot)].map(([m, ks]) => [m, ks[0] ?? m]));
  const text = new Map(d.snapshot.nodes.flatMap((n) => (n.attributes.type === 'Measure' ? [[n.key, n.attributes.text ?? '']] : [])));
  const gold = new Set(d.gold.links.map((g) => `${articleKey(g.lower)}>${articleKey(g.higher)}`));
  const table = new Map<string, number>();
  for (const e of d.snapshot.edges) {
    if (e.attributes.type !== 'IMPLEMENTS') continue;
    const [lo, hi] = [key.get(e.source)!, key.get(e.target)!];
    if (!hi.includes('#第七章/')) continue; // 道路交通安全法's 第七章 法律责任
    const g = gold.has(`${articleKey(lo)}>${articleKey(hi)}`);
    const m = words.test(String(text.get(e.source) ?? '').replace(/\s+/g, ''));
    const k = `${m ? 'names a measure' : 'names none     '} ${g ? 'gold' : 'false'}`;
    table.set(k, (table.get(k) ?? 0) + 1);
    if (process.argv.includes('--rows')) console.log(`${g ? 'gold ' : 'false'} ${m ? 'M' : '-'} ${articleKey(lo)} > ${articleKey(hi).split('#')[1]}`);
  }
  for (const [k, n] of [...table].sort()) console.log(`${k} ${n}`);
}

void main();
