// Session 57 (helper verdict, issue 13): where the wrong coverage verdicts of the dev link sets come from. Per set, the
// confusion of the gold status of each higher article (implemented / partial / gap, as coverageAccuracy reads the gold)
// against ours, and each wrong verdict's cause: link recall (a gold link we do not make: a strong one, or only weak ones),
// link precision (a link of ours where the gold has none: the only links of a gold gap, or the strong link of a gold-partial
// row), grading (a right link graded wrong: a gold-weak link called strong, a gold-strong link called partial). Then, for the
// grading share, the right links (gold and ours) by gold strength against our grade, and readings of the lower article that
// might separate strong from weak among the links we call strong (score, paragraphs, the main provision's parts named with
// session 57's reader, how many law articles the lower article carries, the row's other lower articles).
// `npx tsx tests/eval/session57-verdict.ts [--sets real,…] [--tag h57v-base]`. Held-out sets are refused (dev-cache).
// Figures: docs/history/links.md, session 57 (helper verdict).
import { loadDev, DEV_REGULATION_SETS } from './dev-cache.js';
import { edgesOf, type Edge } from './session46-verdict.js';
import { goldStatusRows } from './verdict-classes.js';
import { clauseParts, namingLexicon, partsNamed } from '../../ingest/link/clause-parts.js';
import { CLAUSE_PARTS_MEASURED, CLAUSE_READING_57 } from '../../ingest/link/options.js';
import type { SetId } from './sets.js';
import type { DevSet } from './second-links.js';

export type Status = 'implemented' | 'partial' | 'gap' | 'not applicable';
export type Cause =
  | 'recall: strong link missed'
  | 'recall: weak link missed'
  | 'precision: false link (gold gap)'
  | 'precision: false strong link'
  | 'grading: weak called strong'
  | 'grading: strong called weak'
  | 'other (chain, not applicable)';
export const CAUSES: Cause[] = [
  'recall: strong link missed',
  'recall: weak link missed',
  'precision: false link (gold gap)',
  'precision: false strong link',
  'grading: weak called strong',
  'grading: strong called weak',
  'other (chain, not applicable)',
];

export interface Row {
  set: string;
  higher: string;
  gold: Status;
  ours: Status;
  cause?: Cause;
}

/** Every higher article of the set's gold pairs, its gold status, ours and (when they differ) the cause. */
export function verdictRows(d: DevSet): Row[] {
  const rows: Row[] = [];
  for (const { pair: p, row, key, expected, goldOf, ourLinks } of goldStatusRows(d)) {
    const ours = row.status as Status;
    const r: Row = { set: d.id, higher: `${p.lower} → ${key.split('#')[1]}`, gold: expected, ours };
    rows.push(r);
    if (ours === expected) continue;
    const mine = ourLinks().map((o) => ({ lower: o.lower, strong: o.verdict !== 'partial' }));
    if (expected === 'not applicable' || ours === 'not applicable' || row.implementedBy?.via) r.cause = 'other (chain, not applicable)';
    else if (ours === 'gap') r.cause = expected === 'implemented' ? 'recall: strong link missed' : 'recall: weak link missed';
    else if (expected === 'gap') r.cause = 'precision: false link (gold gap)';
    else if (ours === 'implemented')
      r.cause = mine.some((o) => o.strong && goldOf(o.lower) === 'weak') ? 'grading: weak called strong' : 'precision: false strong link';
    else r.cause = mine.some((o) => goldOf(o.lower) === 'strong') ? 'grading: strong called weak' : 'recall: strong link missed';
  }
  return rows;
}

/** The readings of one right link we call strong or partial (a gold link of ours). */
export interface LinkReading {
  set: string;
  gold: 'strong' | 'weak';
  ours: 'strong' | 'weak';
  score: number;
  paragraphs: number;
  /** Share of the main provision's parts (actors and duties, session 57's reader) the lower article names; -1: none read. */
  named: number;
  /** Our links out of the lower article into the law (any grade). */
  out: number;
  /** Our links into the higher article from the lower document (any grade). */
  inAll: number;
  /** The lower article's characters over the higher article's. */
  ratio: number;
}

export function linkReadings(d: DevSet): LinkReading[] {
  const lex = namingLexicon(CLAUSE_PARTS_MEASURED);
  const edges = edgesOf(d, true);
  const outOf = new Map<string, number>();
  for (const e of edges) outOf.set(e.lower, (outOf.get(e.lower) ?? 0) + 1);
  return edges
    .filter((e: Edge) => e.grade !== 'none')
    .map((e) => {
      const parts = clauseParts(e.higherText, CLAUSE_PARTS_MEASURED.parts, CLAUSE_READING_57);
      const n = partsNamed(e.lowerText, parts, lex);
      const flags = [...n.actors, ...n.duties];
      return {
        set: d.id,
        gold: e.grade as 'strong' | 'weak',
        ours: e.partial ? 'weak' : 'strong',
        score: e.score,
        paragraphs: e.lowerText.split(/\n+/).filter((x) => x.trim()).length,
        named: flags.length ? flags.filter(Boolean).length / flags.length : -1,
        out: outOf.get(e.lower) ?? 0,
        inAll: e.inAll,
        ratio: e.lowerText.length / Math.max(1, e.higherText.length),
      };
    });
}

async function main() {
  const arg = (n: string) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1] : undefined; };
  const sets = (arg('--sets')?.split(',') ?? ['sample', ...DEV_REGULATION_SETS]) as SetId[];
  const tag = arg('--tag') ?? 'h57v-base';
  const all: Row[] = [];
  const reads: LinkReading[] = [];
  const S: Status[] = ['implemented', 'partial', 'gap'];
  console.log('Confusion (gold rows × ours: I / P / G), right, total, the rows to 0.9, and the wrong rows by cause');
  console.log(['set'.padEnd(13), 'gold I: I/P/G'.padStart(14), 'gold P: I/P/G'.padStart(14), 'gold G: I/P/G'.padStart(14), 'right'.padStart(10), 'to .9'.padStart(6), ...['R strong', 'R weak', 'P gap', 'P strong', 'G w→s', 'G s→w', 'other'].map((c) => c.padStart(9))].join(''));
  for (const id of sets) {
    const d = await loadDev(id, {}, tag);
    const rows = verdictRows(d);
    all.push(...rows);
    if (id !== 'sample') reads.push(...linkReadings(d));
    const c = (g: Status) => S.map((o) => rows.filter((r) => r.gold === g && r.ours === o).length).join('/');
    const right = rows.filter((r) => r.gold === r.ours).length;
    const need = Math.max(0, Math.ceil(0.9 * rows.length) - right);
    console.log([id.padEnd(13), ...S.map((g) => c(g).padStart(14)), `${right}/${rows.length}`.padStart(10), String(need).padStart(6), ...CAUSES.map((k) => String(rows.filter((r) => r.cause === k).length).padStart(9))].join(''));
  }
  const right = all.filter((r) => r.gold === r.ours).length;
  const wrong = all.length - right;
  console.log(`all: ${right}/${all.length} right (${(right / all.length).toFixed(4)}); to 0.9: ${Math.ceil(0.9 * all.length) - right} rows of ${wrong} wrong`);
  for (const k of CAUSES) {
    const n = all.filter((r) => r.cause === k).length;
    console.log(`  ${k.padEnd(36)} ${String(n).padStart(4)}  ${((100 * n) / wrong).toFixed(1)}% of the wrong`);
  }
  const share = (p: string) => all.filter((r) => r.cause?.startsWith(p)).length;
  console.log(`  by family: recall ${share('recall')}, precision ${share('precision')}, grading ${share('grading')}, other ${share('other')}`);
  // The grading share: right links by gold strength and our grade, then readings among the links we call strong.
  const tab = (xs: LinkReading[]) => `gold strong: ours strong ${xs.filter((x) => x.gold === 'strong' && x.ours === 'strong').length}, weak ${xs.filter((x) => x.gold === 'strong' && x.ours === 'weak').length}; gold weak: ours strong ${xs.filter((x) => x.gold === 'weak' && x.ours === 'strong').length}, weak ${xs.filter((x) => x.gold === 'weak' && x.ours === 'weak').length}`;
  console.log(`\nRight links (regulation sets): ${tab(reads)}`);
  const strongOurs = reads.filter((x) => x.ours === 'strong');
  const bins: [string, (x: LinkReading) => string][] = [
    ['score', (x) => (x.score < 0.15 ? '<0.15' : x.score < 0.25 ? '0.15-0.25' : x.score < 0.4 ? '0.25-0.4' : x.score < 0.6 ? '0.4-0.6' : '0.6+')],
    ['lower paragraphs', (x) => (x.paragraphs >= 3 ? '3+' : String(x.paragraphs))],
    ['parts named (57 reader)', (x) => (x.named < 0 ? 'none read' : x.named === 0 ? '0' : x.named < 0.5 ? '<½' : x.named < 1 ? '½–<1' : 'all')],
    ['lower links into the law', (x) => (x.out >= 4 ? '4+' : String(x.out))],
    ['row links (same lower doc)', (x) => (x.inAll >= 4 ? '4+' : String(x.inAll))],
    ['length lower/higher', (x) => (x.ratio < 0.5 ? '<0.5' : x.ratio < 1 ? '0.5-1' : x.ratio < 2 ? '1-2' : '2+')],
  ];
  console.log(`Links we call strong that are gold links: ${strongOurs.length}, gold weak ${strongOurs.filter((x) => x.gold === 'weak').length}; per reading, bin: gold strong / gold weak (weak share)`);
  for (const [name, f] of bins) {
    const by = new Map<string, [number, number]>();
    for (const x of strongOurs) { const b = f(x); const v = by.get(b) ?? by.set(b, [0, 0]).get(b)!; v[x.gold === 'strong' ? 0 : 1]++; }
    console.log(`  ${name.padEnd(28)} ${[...by].sort().map(([b, [s, w]]) => `${b}: ${s}/${w} (${((100 * w) / (s + w)).toFixed(0)}%)`).join('  ')}`);
  }
}

if (process.argv[1]?.endsWith('session57-verdict.ts')) await main();
