// Session 61 (helper grounds, issue 13): the tables read before the rules of tests/eval/session61-grounds.ts, over a tag of
// dev-cache.ts (fresh ingests of every development link set, e.g. links-grid.ts --tag h61g-base --fresh). `--cites [regex]`:
// every cited link (citedArticle edge) with its gold status and the text around its citation, filtered by the regex (不适用,
// 违反 …). `--chapters`: the chapters whose first article cites exactly one higher article, and how many of their later articles
// the gold links to it. `npx tsx tests/eval/session61-grounds-tables.ts --cites 不适用 [--tag h61g-base]`
import { readFileSync } from 'node:fs';
import { measureKeys, readGoldLinks } from './links.js';
import { articleKey } from './dev-cache.js';
import { SETS } from './sets.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
const tag = arg('--tag') ?? 'h61g-base';

function cites(re: RegExp) {
for (const id of EVERY_DEV_LINK_SET) {
  const { snapshot } = JSON.parse(readFileSync(`/tmp/h25-link-cache/${tag}/${id}.json`, 'utf8'));
  const gold = readGoldLinks(new URL(`file://${(SETS as any)[id].links}`));
  const g = new Set(gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const keys = new Map([...measureKeys(snapshot)].map(([k, ks]) => [k, ks.map(articleKey)]));
  const text = new Map<string, string>();
  for (const n of snapshot.nodes) if (n.attributes.type === 'Measure') text.set(n.key, n.attributes.text ?? '');
  for (const e of snapshot.edges) {
    const a = e.attributes;
    if (a.type !== 'IMPLEMENTS' || !a.citedArticle) continue;
    for (const c of a.evidence?.citations ?? []) {
      const lo = keys.get(e.source)?.[0]; const hi = keys.get(e.target)?.[0];
      const k = `${lo}>${hi}`;
      const t = (text.get(e.source) ?? '').replace(/\s+/g, '');
      const at = t.indexOf(c.text.replace(/\s+/g, ''));
      const ctx = at < 0 ? c.text : t.slice(Math.max(0, at - 40), at) + '【' + c.text + '】' + t.slice(at + c.text.length, at + c.text.length + 40);
      if (!re.test(ctx)) continue;
      console.log([id, g.has(k) ? 'GOLD' : 'FALSE', lo?.split('#')[1], '>', hi?.split('#')[1], ctx].join(' '));
    }
  }
}

}

function chapters() {
let [tot, yes, linked] = [0, 0, 0];
for (const id of EVERY_DEV_LINK_SET) {
  const { snapshot } = JSON.parse(readFileSync(`/tmp/h25-link-cache/${tag}/${id}.json`, 'utf8'));
  const gold = readGoldLinks(new URL(`file://${(SETS as any)[id].links}`));
  const g = new Set(gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const keys = new Map([...measureKeys(snapshot)].map(([k, ks]) => [k, ks.map(articleKey)]));
  const meas = snapshot.nodes.filter((n: any) => n.attributes.type === 'Measure' && n.attributes.leaf !== false && n.attributes.leaf !== 'False').sort((a: any, b: any) => Number(a.attributes.ordinal) - Number(b.attributes.ordinal));
  const predicted = new Set<string>();
  const cites = new Map<string, Set<string>>();
  for (const e of snapshot.edges) {
    const a = e.attributes;
    if (a.type !== 'IMPLEMENTS') continue;
    predicted.add(`${e.source}>${e.target}`);
    if (a.citedArticle) (cites.get(e.source) ?? cites.set(e.source, new Set()).get(e.source)!).add(e.target);
  }
  // chapters: docId + chapter path → measures in order
  const chapters = new Map<string, string[]>();
  for (const n of meas) {
    const p: string = n.attributes.path;
    const m = p.match(/^(第[^/]+章)\//);
    if (!m) continue;
    const k = `${n.attributes.docId}#${m[1]}`;
    (chapters.get(k) ?? chapters.set(k, []).get(k)!).push(n.key);
  }
  for (const [ch, ms] of chapters) {
    const first = ms[0];
    const c = cites.get(first);
    if (!c || c.size !== 1) continue;
    const [h] = [...c];
    let row = [0, 0, 0];
    for (const m of ms.slice(1)) {
      const k = `${keys.get(m)?.[0]}>${keys.get(h)?.[0]}`;
      row[0]++; if (g.has(k)) row[1]++; if (predicted.has(`${m}>${h}`)) row[2]++;
    }
    tot += row[0]; yes += row[1]; linked += row[2];
    console.log(`${id} ${ch.split('@')[0].slice(4)} ${ch.split('#')[1]} first ${keys.get(first)?.[0].split('#')[1]} cites ${keys.get(h)?.[0].split('#')[1]}: others ${row[0]}, gold ${row[1]}, linked now ${row[2]}`);
  }
}
console.log(`total others ${tot}, gold ${yes}, linked now ${linked}`);

}

if (process.argv.includes('--chapters')) chapters();
else cites(new RegExp(arg('--cites') ?? '.'));
