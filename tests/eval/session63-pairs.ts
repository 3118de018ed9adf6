// Session 63 (helper verdict2, issue 13): which kind of lower document a pair is, from the texts, against the gold's grades.
// For each gold pair of the development link sets (fresh ingests, dev-cache.ts): the lower's and the higher's article
// counts and length ratio, the share of the lower's articles opening with 依照/依据/根据/按照…规定, the share of the lower's
// articles whose best link scores 0.35+ (restated), the higher's share of penalty (罚款, 吊销 …) and 鼓励/支持/促进 articles,
// our strong links by gold grade (strong/weak/none), and the verdicts right a demotion of the pair's strong links (not by
// article number) under 0.2 / 0.22 / 0.25 / 0.3 / 0.4 wins or loses, read with coverage's longLower off (the linker's
// verdicts). `npx tsx tests/eval/session63-pairs.ts [--tag h63v2-base]`; held-out sets are refused (dev-cache).
// Figures: docs/history/links.md, session 63 (helper verdict2).
import { edgesOf, rightWith, type Edge } from './session46-verdict.js';
import { loadDev, DEV_REGULATION_SETS } from './dev-cache.js';
import { COVERAGE_OPTIONS } from '../../coverage/options.js';
import { ARTICLE_ID } from '../../ingest/link/article-label.js';
import type { SetId } from './sets.js';

const OPEN = /^\s*(?:第[一二三四五六七八九十百零〇]+条(?:之[一二三四五六七八九十]+)?)?\s*(?:依照|依据|根据|按照)[^。；，]{0,40}规定/;
const share = (xs: string[], re: RegExp) => +(xs.filter((t) => re.test(t)).length / (xs.length || 1)).toFixed(2);

async function main() {
  const arg = (n: string) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1] : undefined; };
  const tag = arg('--tag') ?? 'h63v2-base';
  COVERAGE_OPTIONS.longLower = false;
  const cuts = [0.2, 0.22, 0.25, 0.3, 0.4];
  console.log(['set', 'lower', 'higher', 'nL', 'nH', 'chars L/H', 'open', 'restated', 'penH', 'encH', 'S/W/N strong', ...cuts.map((c) => `<${c}`)].join('\t'));
  for (const id of ['sample', ...DEV_REGULATION_SETS] as SetId[]) {
    const d = await loadDev(id, {}, tag);
    const doc = new Map<string, string>();
    const arts = new Map<string, string[]>();
    for (const n of d.snapshot.nodes) {
      if (n.attributes.type === 'Document') doc.set(n.key, n.attributes.name);
      if (n.attributes.type === 'Measure' && ARTICLE_ID.test(n.key)) (arts.get(n.attributes.docId) ?? arts.set(n.attributes.docId, []).get(n.attributes.docId)!).push(n.attributes.text ?? '');
    }
    const edges = edgesOf(d, true);
    const byPair = new Map<string, Edge[]>();
    for (const e of edges) { const k = `${e.lower.split('#')[0]}|${e.higher.split('#')[0]}`; (byPair.get(k) ?? byPair.set(k, []).get(k)!).push(e); }
    const base = rightWith(d, edges, () => false);
    for (const [k, es] of byPair) {
      if (!es.some((e) => e.grade !== 'none')) continue;
      const [ld, hd] = k.split('|');
      const [L, H] = [arts.get(ld) ?? [], arts.get(hd) ?? []];
      const best = new Map<string, number>();
      for (const e of es) best.set(e.lower, Math.max(best.get(e.lower) ?? 0, e.score));
      const strong = es.filter((e) => !e.partial);
      const mine = new Set(es.map((e) => e.key));
      const c = (g: Edge['grade']) => strong.filter((e) => e.grade === g).length;
      console.log([id, doc.get(ld), doc.get(hd), L.length, H.length, (L.join('').length / (H.join('').length || 1)).toFixed(2), share(L, OPEN),
        ([...best.values()].filter((x) => x >= 0.35).length / (L.length || 1)).toFixed(2), share(H, /罚款|处分|追究[^。]{0,6}责任|吊销|拘留|没收/), share(H, /鼓励|支持|促进|扶持/),
        `${c('strong')}/${c('weak')}/${c('none')}`, ...cuts.map((t) => rightWith(d, edges, (e) => mine.has(e.key) && !e.partial && e.score < t) - base)].join('\t'));
    }
  }
}

if (process.argv[1]?.endsWith('session63-pairs.ts')) await main();
