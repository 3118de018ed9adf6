// Session 35 (issue 13): every wrong coverage verdict of the dev link sets classified by what made it wrong, from the
// gold links into the higher measure and the snapshot's own links (a fresh ingest of today's pipeline per set, cached by
// dev-cache.ts under a tag). Classes (ours → gold): a weak link called strong (implemented → partial, the strong link on
// a gold-weak link), a false strong link (implemented → partial, no gold link under it), a link too many (implemented or
// partial → gap), a missed link (gap → partial / implemented), a strong link called partial, a missed strong link beside a
// found weak one (partial → implemented), not applicable. Held-out sets are refused (dev-cache).
// `npx tsx tests/eval/verdict-classes.ts [--sets real,…] [--tag t] [--fresh] [--rows]`
import { graphFromSnapshot, pairCoverage } from '../../coverage/index.js';
import { measureKeys, scoreLinks } from './links.js';
import { articleKey, loadDev, DEV_REGULATION_SETS } from './dev-cache.js';
import type { SetId } from './sets.js';
import type { DevSet } from './second-links.js';

export type VerdictClass =
  | 'weak called strong'
  | 'false strong link'
  | 'link too many'
  | 'missed link'
  | 'strong called partial'
  | 'missed strong (weak found)'
  | 'not applicable'
  | 'chain';

export interface WrongRow {
  set: string;
  pair: string;
  higher: string;
  ours: string;
  gold: string;
  cls: VerdictClass;
  goldLinks: string[];
  ourLinks: string[];
}

/** One higher article of a dev set's gold pairs beside its coverage row: the gold status the gold links make, the gold
 *  grade of a lower article's link into it, and (read on demand) our links into it from the pair's lower document. */
export interface GoldStatusRow {
  pair: { lower: string; higher: string };
  row: ReturnType<typeof pairCoverage>['measures'][number];
  /** The higher article's key (file#path). */
  key: string;
  expected: 'implemented' | 'partial' | 'gap' | 'not applicable';
  /** The gold links into the higher article from the pair's lower document. */
  goldLinks: DevSet['gold']['links'];
  goldOf: (lowerKey: string) => 'strong' | 'weak' | undefined;
  ourLinks: () => { lower: string; verdict: 'implements' | 'partial'; score: number }[];
}

/** Every higher article of a dev set's gold pairs with its coverage row (what the verdict tables of sessions 35–57 walk). */
export function* goldStatusRows({ gold, snapshot }: DevSet): Generator<GoldStatusRow> {
  const g = graphFromSnapshot(snapshot);
  const keys = measureKeys(snapshot);
  const byFile = new Map<string, string>();
  for (const n of snapshot.nodes) if (n.attributes.type === 'Document' && n.attributes.inCorpus) for (const s of n.attributes.sources) byFile.set(s.split('/').pop()!, n.key);
  const keyOf = (id: string, file: string) => (keys.get(id) ?? []).map(articleKey).find((k) => k.startsWith(`${file}#`));
  const issuerOnly = new Set(gold.issuerOnly.map((x) => articleKey(x.measure)));
  for (const pair of gold.pairs) {
    const [lower, higher] = [byFile.get(pair.lower), byFile.get(pair.higher)];
    if (!lower || !higher) continue;
    for (const row of pairCoverage(g, higher, lower).measures) {
      const key = keyOf(row.id, pair.higher);
      if (!key) continue;
      const gl = gold.links.filter((l) => articleKey(l.higher) === key && l.lower.startsWith(`${pair.lower}#`));
      const expected = issuerOnly.has(key) ? 'not applicable' : gl.some((l) => l.strength === 'strong') ? 'implemented' : gl.length ? 'partial' : 'gap';
      yield {
        pair, row, key, expected, goldLinks: gl,
        goldOf: (lo) => gl.find((l) => articleKey(l.lower) === lo)?.strength,
        ourLinks: () => snapshot.edges.flatMap((e) => {
          if (e.attributes.type !== 'IMPLEMENTS' || e.target !== row.id) return [];
          const lo = keyOf(e.source, pair.lower);
          return lo ? [{ lower: lo, verdict: e.attributes.verdict === 'partial' ? 'partial' as const : 'implements' as const, score: e.attributes.score }] : [];
        }),
      };
    }
  }
}

export function wrongRows(d: DevSet): { total: number; rows: WrongRow[] } {
  const rows: WrongRow[] = [];
  let total = 0;
  for (const { pair: p, row, key, expected, goldLinks: gl, goldOf, ourLinks } of goldStatusRows(d)) {
    total++;
    if (row.status === expected) continue;
    const ours = ourLinks();
    let cls: VerdictClass;
    if (expected === 'not applicable' || row.status === 'not applicable') cls = 'not applicable';
    else if (row.implementedBy?.via) cls = 'chain';
    else if (row.status === 'gap') cls = 'missed link';
    else if (expected === 'gap') cls = 'link too many';
    else if (row.status === 'implemented') cls = ours.some((o) => o.verdict === 'implements' && goldOf(o.lower) === 'weak') ? 'weak called strong' : 'false strong link';
    else cls = ours.some((o) => goldOf(o.lower) === 'strong') ? 'strong called partial' : 'missed strong (weak found)';
    rows.push({
      set: d.id,
      pair: `${p.lower} → ${p.higher}`,
      higher: key.split('#')[1],
      ours: row.status,
      gold: expected,
      cls,
      goldLinks: gl.map((l) => `${articleKey(l.lower).split('#')[1]} ${l.strength}`),
      ourLinks: ours.map((o) => `${o.lower.split('#')[1]} ${o.verdict} ${o.score.toFixed(3)}${goldOf(o.lower) ? ` (gold ${goldOf(o.lower)})` : ' (not gold)'}`),
    });
  }
  return { total, rows };
}

async function main() {
  const arg = (n: string) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1] : undefined; };
  const sets = (arg('--sets')?.split(',') ?? ['sample', ...DEV_REGULATION_SETS]) as SetId[];
  const tag = arg('--tag') ?? 'h35';
  // --opts '{"sideParagraph":{…}}': link options over the defaults (give each its own --tag).
  const opts = JSON.parse(arg('--opts') ?? '{}');
  const f1s = new Map<string, string>();
  const all: WrongRow[] = [];
  const totals = new Map<string, [number, number]>();
  for (const id of sets) {
    const d = await loadDev(id, opts, tag, process.argv.includes('--fresh'));
    const { total, rows } = wrongRows(d);
    const sc = scoreLinks(d.gold, d.snapshot);
    f1s.set(id, `${sc.f1.toFixed(4)}`);
    totals.set(id, [total - rows.length, total]);
    all.push(...rows);
  }
  const classes = [...new Set(all.map((r) => r.cls))];
  console.log(['class'.padEnd(28), ...sets.map((s) => s.slice(0, 9).padStart(10)), '       all'].join(''));
  for (const c of classes) console.log([c.padEnd(28), ...sets.map((s) => String(all.filter((r) => r.set === s && r.cls === c).length).padStart(10)), String(all.filter((r) => r.cls === c).length).padStart(10)].join(''));
  console.log(['right / total'.padEnd(28), ...sets.map((s) => `${totals.get(s)![0]}/${totals.get(s)![1]}`.padStart(10)), String([...totals.values()].reduce((a, [r]) => a + r, 0)).padStart(10)].join(''));
  console.log(['link F1'.padEnd(28), ...sets.map((s) => f1s.get(s)!.padStart(10))].join(''));
  if (process.argv.includes('--rows')) for (const r of all) console.log(`${r.set}\t${r.cls}\t${r.pair.split(' → ')[0]} → ${r.higher}\tours ${r.ours}, gold ${r.gold}\tgold: ${r.goldLinks.join('; ') || '—'}\tours: ${r.ourLinks.join('; ') || '—'}`);
}

if (process.argv[1]?.endsWith('verdict-classes.ts')) await main();
