// Session 59 (helper ministry, issue 13): a simulation, not a rule — the lower articles a "title term" reading would link
// weak. For each pair of documents the base linker links (the dev link sets' cached base snapshots, tag h59m-base of
// tests/eval/ministry.ts), the 4-character runs of the lower title (its genre words and cited titles left out, none of the
// higher title) are looked for in the higher document's articles outside its penalty articles; when exactly one article holds
// any (明码标价 → 价格法 第十三条), every lower article not linked to the higher document (penalty, purpose, scope and
// effective-date articles aside) is counted against the gold as a link to it. `npx tsx tests/eval/title-term.ts` after
// `npx tsx tests/eval/ministry.ts` has made the base tag.
import { readFileSync } from 'node:fs';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { SETS } from './sets.js';
import { readGoldLinks } from './links.js';
import { articleKey } from './dev-cache.js';
import { DEFAULT_LINK_OPTIONS } from '../../ingest/link/options.js';
const pen = new RegExp(DEFAULT_LINK_OPTIONS.penaltyArticles!.text);
let [G, N] = [0, 0];
for (const id of EVERY_DEV_LINK_SET) {
  const s = JSON.parse(readFileSync(`/tmp/h25-link-cache/h59m-base/${id}.json`, 'utf8')).snapshot;
  const gold = readGoldLinks(new URL(`file://${SETS[id].links}`));
  const gl = new Set(gold.links.map((l: any) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const src = (docId: string) => s.nodes.find((n: any) => n.key === docId)?.attributes.sources?.[0] ?? docId;
  const docs = new Map<string, any>(s.nodes.filter((n: any) => n.attributes.type === 'Document' && n.attributes.inCorpus).map((n: any) => [n.key, n.attributes]));
  const leaves = (d: string) => s.nodes.filter((n: any) => n.attributes.type === 'Measure' && n.attributes.docId === d && n.attributes.leaf && /条$/.test(n.attributes.path));
  const imp = s.edges.filter((e: any) => e.attributes.type === 'IMPLEMENTS');
  const pairs = new Set(imp.map((e: any) => `${e.source.split('#')[0]}\t${e.target.split('#')[0]}`));
  for (const p of pairs) {
    const [L, H] = (p as string).split('\t');
    const lt = docs.get(L)?.name ?? '', ht = docs.get(H)?.name ?? '';
    const grams = new Set<string>();
    const core = lt.replace(/实施|办法|规定|条例|细则|若干/g, '|');
    for (let i = 0; i + 4 <= core.length; i++) { const g = core.slice(i, i + 4); if (!/[|《》]/.test(g) && !ht.includes(g)) grams.add(g); }
    const hs = leaves(H).filter((m: any) => !pen.test(m.attributes.text.replace(/\s+/g, '')) && !/法律责任|罚则/.test(m.attributes.path));
    const hit = hs.filter((m: any) => [...grams].some((g) => m.attributes.text.includes(g)));
    if (hit.length !== 1) continue;
    const target = hit[0].key;
    const linked = new Set(imp.filter((e: any) => e.target.startsWith(H + '#')).map((e: any) => e.source));
    const lows = leaves(L).filter((m: any) => !linked.has(m.key) && !pen.test(m.attributes.text.replace(/\s+/g, '')) && !/施行|适用于|^第一条/.test(m.attributes.text));
    let [g, n] = [0, 0];
    for (const m of lows) { const k = `${src(L)}#${m.attributes.path.split('/').pop()}>${src(H)}#${target.split('#')[1].split('/').pop()}`; if (gl.has(articleKey(k))) g++; else n++; }
    [G, N] = [G + g, N + n];
    console.log(id, lt, '→', ht, hit[0].attributes.path, [...grams].filter((x) => hit[0].attributes.text.includes(x)).join(','), `gold ${g} not ${n}`);
  }
}
console.log(`total gold ${G} not ${N}`);
