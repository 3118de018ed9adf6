// Session 63 (helper verdict3, issue 13): coverage's long-lower reading graded by the lower text's length. For each gold
// pair of the development link sets (fresh ingests, dev-cache.ts) the lower's article count and characters, and the
// verdicts right when the pair's strong links (not by citation of an article's number) under each threshold of a grid are
// read partial (coverage/grade.ts longLowerPartial with `minArticles` 0). A graded reading (a step or a ramp of the
// threshold over the length) is then the sum over pairs of the column its length picks (tests/eval/session63-graded-grid.mjs
// reads the JSON this prints). Rows that take a chain through another pair's links are read with that pair at the same
// threshold: the sum is checked against session62-verdict.ts --long-lower runs of the chosen readings.
// `npx tsx tests/eval/session63-graded.ts [--tag h63v3-base] > pairs.json`; held-out sets are refused (dev-cache).
// Figures: docs/history/links.md, session 63 (helper verdict3).
import { loadDev, DEV_REGULATION_SETS } from './dev-cache.js';
import { rows62 } from './session62-verdict.js';
import { COVERAGE_OPTIONS } from '../../coverage/options.js';
import { ARTICLE_ID } from '../../ingest/link/article-label.js';
import type { SetId } from './sets.js';

export const GRID = [0, ...Array.from({ length: 21 }, (_, i) => +(0.1 + i * 0.01).toFixed(2))];

async function main() {
  const arg = (n: string) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1] : undefined; };
  const tag = arg('--tag') ?? 'h63v3-base';
  const out: { set: string; lower: string; nL: number; chars: number; right: number[]; rows: number }[] = [];
  for (const id of ['sample', ...DEV_REGULATION_SETS] as SetId[]) {
    const d = await loadDev(id, {}, tag);
    const fileDoc = new Map<string, string>();
    for (const n of d.snapshot.nodes) if (n.attributes.type === 'Document' && n.attributes.inCorpus) for (const s of n.attributes.sources) fileDoc.set(s.split('/').pop()!, n.key);
    const nArt = new Map<string, number>();
    const nChr = new Map<string, number>();
    for (const n of d.snapshot.nodes) {
      if (n.attributes.type !== 'Measure' || !ARTICLE_ID.test(n.key)) continue;
      nArt.set(n.attributes.docId, (nArt.get(n.attributes.docId) ?? 0) + 1);
      nChr.set(n.attributes.docId, (nChr.get(n.attributes.docId) ?? 0) + (n.attributes.text ?? '').length);
    }
    const per = new Map<string, number[]>();
    const rowsOf = new Map<string, number>();
    GRID.forEach((t, i) => {
      COVERAGE_OPTIONS.longLower = { minArticles: 0, below: t };
      for (const r of rows62(d)) {
        const lower = r.higher.split(' → ')[0];
        const a = per.get(lower) ?? per.set(lower, GRID.map(() => 0)).get(lower)!;
        if (i === 0) rowsOf.set(lower, (rowsOf.get(lower) ?? 0) + 1);
        if (r.gold === r.ours) a[i]++;
      }
    });
    for (const [lower, right] of per) {
      const doc = fileDoc.get(lower) ?? '';
      out.push({ set: id, lower, nL: nArt.get(doc) ?? 0, chars: nChr.get(doc) ?? 0, right, rows: rowsOf.get(lower) ?? 0 });
    }
    console.error(id, per.size);
  }
  console.log(JSON.stringify({ grid: GRID, pairs: out }));
}

if (process.argv[1]?.endsWith('session63-graded.ts')) await main();
