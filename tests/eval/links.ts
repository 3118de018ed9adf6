// Scores IMPLEMENTS links against tests/gold/links.json: precision and recall over
// (lower measure, higher measure) pairs within the annotated document pairs; recall also for
// the "strong" gold links alone.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Snapshot } from '../../graph-schema/index.js';
import { graphFromSnapshot, pairCoverage } from '../../coverage/index.js';
import { baselineSnapshot } from './link-baseline.js';

export const GoldLinks = z.object({
  pairs: z.array(z.object({ lower: z.string(), higher: z.string() })),
  links: z.array(z.object({ lower: z.string(), higher: z.string(), strength: z.enum(['strong', 'weak']), why: z.string() })),
  unlinked: z.array(z.string()),
  /** Higher measures addressed only to the issuer itself (not applicable downstream), by reading. */
  issuerOnly: z.array(z.object({ measure: z.string(), why: z.string() })).default([]),
});
export type GoldLinks = z.output<typeof GoldLinks>;

export interface LinkScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  strongRecall: number;
  falsePositives: string[];
  falseNegatives: string[];
}

/** file#path for every Measure of an in-corpus Document read from that file. */
export function measureKeys(snapshot: Snapshot): Map<string, string[]> {
  const docFiles = new Map<string, string[]>();
  for (const n of snapshot.nodes) {
    if (n.attributes.type === 'Document') docFiles.set(n.key, n.attributes.sources.map((s) => s.split('/').pop()!));
  }
  const keys = new Map<string, string[]>();
  for (const n of snapshot.nodes) {
    if (n.attributes.type !== 'Measure') continue;
    keys.set(n.key, (docFiles.get(n.attributes.docId) ?? []).map((f) => `${f}#${n.attributes.type === 'Measure' ? n.attributes.path : ''}`));
  }
  return keys;
}

/** An article is keyed by its number alone (第十三条 is unique in a law), whatever chapter a text's headings put it in. */
const articleKey = (k: string) => k.replace(/#(?:第[^/#]+章\/)?(?:第[^/#]+节\/)?(第[^/#]+条)$/, '#$1');

export function scoreLinks(gold: GoldLinks, snapshot: Snapshot): LinkScore {
  const keys = new Map([...measureKeys(snapshot)].map(([id, ks]) => [id, ks.map(articleKey)]));
  const pairOf = (k: string) => k.split('#')[0];
  const annotated = new Set(gold.pairs.map((p) => `${p.lower}>${p.higher}`));
  const goldSet = new Set(gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const strong = new Set(gold.links.filter((l) => l.strength === 'strong').map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const predicted = new Set<string>();
  for (const e of snapshot.edges) {
    if (e.attributes.type !== 'IMPLEMENTS') continue;
    for (const lo of keys.get(e.source) ?? []) {
      for (const hi of keys.get(e.target) ?? []) {
        if (annotated.has(`${pairOf(lo)}>${pairOf(hi)}`)) predicted.add(`${lo}>${hi}`);
      }
    }
  }
  const tp = [...predicted].filter((p) => goldSet.has(p)).length;
  const fp = predicted.size - tp;
  const fn = goldSet.size - tp;
  const precision = predicted.size ? tp / predicted.size : 0;
  const recall = goldSet.size ? tp / goldSet.size : 0;
  return {
    tp,
    fp,
    fn,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    strongRecall: strong.size ? [...strong].filter((s) => predicted.has(s)).length / strong.size : 0,
    falsePositives: [...predicted].filter((p) => !goldSet.has(p)).sort(),
    falseNegatives: [...goldSet].filter((g) => !predicted.has(g)).sort(),
  };
}

export function readGoldLinks(url = new URL('../gold/links.json', import.meta.url)): GoldLinks {
  return GoldLinks.parse(JSON.parse(readFileSync(url, 'utf8')));
}

export function formatLinkScore(s: LinkScore, verbose = false, source = 'tests/gold/links.json'): string {
  const f = (x: number) => x.toFixed(2).padStart(6);
  const lines = [
    '',
    `IMPLEMENTS links vs ${source}`,
    `                     TP   FP   FN      P      R     F1   strong R`,
    `links              ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${f(s.precision)} ${f(s.recall)} ${f(s.f1)}     ${f(s.strongRecall)}`,
  ];
  if (verbose) {
    lines.push('  spurious:', ...s.falsePositives.map((x) => `    ${x}`), '  missed:', ...s.falseNegatives.map((x) => `    ${x}`));
  }
  return lines.join('\n');
}

// ---- Calibration: `npx tsx tests/eval/links.ts --calibrate [--gold <dir>…]` ---------------------
// Ingests the corpus with every candidate kept (thresholds 0), then searches weights, the partial
// threshold, `relative` and `topK` for the best mean F1 over the gold sets, and the implements
// threshold that best separates strong gold links from weak ones. Prints the result; the chosen
// values go into ingest/link/options.ts by hand, with this command as their provenance.

export interface Candidate {
  lower: string;
  higher: string;
  lowerDoc: string;
  higherDoc: string;
  signals: { reuse: number; text: number; entities: number };
}

export function candidates(snapshot: Snapshot): Candidate[] {
  const docOf = new Map<string, string>();
  for (const n of snapshot.nodes) if (n.attributes.type === 'Measure') docOf.set(n.key, n.attributes.docId);
  const out: Candidate[] = [];
  for (const e of snapshot.edges) {
    if (e.attributes.type !== 'IMPLEMENTS') continue;
    out.push({ lower: e.source, higher: e.target, lowerDoc: docOf.get(e.source)!, higherDoc: docOf.get(e.target)!, signals: e.attributes.evidence.signals });
  }
  return out;
}

export interface Selection {
  weights: { reuse: number; text: number; entities: number };
  partial: number;
  implements: number;
  relative: number;
  topK: number;
}

/** The linker's own selection rule (ingest/link/implements.ts) applied to scored candidates. */
export function select(cands: Candidate[], s: Selection): { lower: string; higher: string; score: number; verdict: 'implements' | 'partial' }[] {
  const groups = new Map<string, { lower: string; higher: string; score: number }[]>();
  for (const c of cands) {
    const score = Math.round((s.weights.reuse * c.signals.reuse + s.weights.text * c.signals.text + s.weights.entities * c.signals.entities) * 1000) / 1000;
    if (score < s.partial) continue;
    const k = `${c.lower}>${c.higherDoc}`;
    groups.set(k, [...(groups.get(k) ?? []), { lower: c.lower, higher: c.higher, score }]);
  }
  const out: ReturnType<typeof select> = [];
  for (const g of groups.values()) {
    g.sort((a, b) => b.score - a.score || a.higher.localeCompare(b.higher));
    for (const x of g.filter((x) => x.score >= s.relative * g[0].score).slice(0, s.topK)) {
      out.push({ ...x, verdict: x.score >= s.implements ? 'implements' : 'partial' });
    }
  }
  return out;
}

/** A snapshot whose IMPLEMENTS edges are replaced by `links` (to score a selection). */
export function withLinks(snapshot: Snapshot, links: { lower: string; higher: string; score: number; verdict: 'implements' | 'partial' }[]): Snapshot {
  const edges = snapshot.edges.filter((e) => e.attributes.type !== 'IMPLEMENTS');
  for (const l of links) {
    edges.push({
      key: `IMPLEMENTS|${l.lower}|${l.higher}`,
      source: l.lower,
      target: l.higher,
      attributes: { type: 'IMPLEMENTS', verdict: l.verdict, score: l.score, evidence: { passages: [], sharedEntities: [], signals: { reuse: 0, text: 0, entities: 0 } } },
    });
  }
  return { ...snapshot, edges };
}

/** Share of predicted gold links whose verdict matches the gold strength (strong ↔ implements). */
export function verdictAgreement(gold: GoldLinks, snapshot: Snapshot): number {
  const keys = measureKeys(snapshot);
  const strength = new Map(gold.links.map((l) => [`${l.lower}>${l.higher}`, l.strength]));
  let n = 0;
  let agree = 0;
  for (const e of snapshot.edges) {
    if (e.attributes.type !== 'IMPLEMENTS') continue;
    for (const lo of keys.get(e.source) ?? []) for (const hi of keys.get(e.target) ?? []) {
      const st = strength.get(`${lo}>${hi}`);
      if (!st) continue;
      n++;
      if ((st === 'strong') === (e.attributes.verdict === 'implements')) agree++;
    }
  }
  return n ? agree / n : 0;
}

async function calibrateMain(goldDirs: string[]): Promise<void> {
  const { runIngest } = await import('../../ingest/pipeline.js');
  const { fileURLToPath } = await import('node:url');
  const { dirname, resolve } = await import('node:path');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const golds = goldDirs.map((d) => readGoldLinks(new URL(`file://${resolve(d, 'links.json')}`)));
  const corpora = goldDirs.map((d) => (resolve(d) === resolve(root, 'tests/gold') ? resolve(root, 'corpus') : resolve(d, '../corpus')));
  const keepAll = { thresholds: { implements: 0, partial: 0 }, relative: 0, topK: 1000 };
  const snaps = await Promise.all(corpora.map(async (c) => (await runIngest({ inputs: [c], link: keepAll })).snapshot));
  const cands = snaps.map(candidates);
  let best: { f1: number; s: Selection; per: number[] } | undefined;
  const grid = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 100) / 100);
  for (const reuse of grid(0.1, 0.6, 0.05)) for (const text of grid(0.1, 0.8, 0.05)) {
    const entities = Math.round((1 - reuse - text) * 100) / 100;
    if (entities < 0) continue;
    for (const partial of grid(0.04, 0.4, 0.01)) for (const relative of [0.5, 0.6, 0.7, 0.8]) for (const topK of [1, 2, 3]) {
      const s: Selection = { weights: { reuse, text, entities }, partial, implements: 1, relative, topK };
      const per = golds.map((g, i) => scoreLinks(g, withLinks(snaps[i], select(cands[i], s))).f1);
      const f1 = per.reduce((a, b) => a + b, 0) / per.length;
      if (!best || f1 > best.f1 + 1e-9) best = { f1, s, per };
    }
  }
  if (!best) return;
  let bestAgree = { implements: 1, agree: -1 };
  for (const implementsAt of grid(best.s.partial, 0.8, 0.01)) {
    const s = { ...best.s, implements: implementsAt };
    const agree = golds.reduce((a, g, i) => a + verdictAgreement(g, withLinks(snaps[i], select(cands[i], s))), 0) / golds.length;
    if (agree > bestAgree.agree + 1e-9) bestAgree = { implements: implementsAt, agree };
  }
  console.log(JSON.stringify({ ...best, implements: bestAgree.implements, verdictAgreement: bestAgree.agree }, null, 2));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!) && process.argv.includes('--calibrate')) {
  const dirs = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--gold' ? [a] : []));
  void calibrateMain(dirs.length ? dirs : ['tests/gold']);
}

// ---- Per gold set, beside the baseline: `npm run eval` prints this ----------------------------

/** The snapshot's document id for each gold pair (files → the Document whose sources hold them). */
export function docPairs(gold: GoldLinks, snapshot: Snapshot): { lower: string; higher: string }[] {
  const byFile = new Map<string, string>();
  for (const n of snapshot.nodes) {
    if (n.attributes.type === 'Document' && n.attributes.inCorpus) for (const s of n.attributes.sources) byFile.set(s.split('/').pop()!, n.key);
  }
  return gold.pairs.flatMap((p) => {
    const [lower, higher] = [byFile.get(p.lower), byFile.get(p.higher)];
    return lower && higher ? [{ lower, higher }] : [];
  });
}

export interface CoverageAccuracy {
  total: number;
  right: number;
  accuracy: number;
  wrong: string[];
}

/** Coverage label per higher measure and annotated pair: gold (strong link → implemented, weak
 *  only → partial, issuer-only → not applicable, else gap) against coverage/'s status. */
export function coverageAccuracy(gold: GoldLinks, snapshot: Snapshot): CoverageAccuracy {
  const g = graphFromSnapshot(snapshot);
  const keys = measureKeys(snapshot);
  const byFile = new Map<string, string>();
  for (const n of snapshot.nodes) {
    if (n.attributes.type === 'Document' && n.attributes.inCorpus) for (const s of n.attributes.sources) byFile.set(s.split('/').pop()!, n.key);
  }
  const issuerOnly = new Set(gold.issuerOnly.map((x) => x.measure));
  let total = 0;
  let right = 0;
  const wrong: string[] = [];
  for (const p of gold.pairs) {
    const [lower, higher] = [byFile.get(p.lower), byFile.get(p.higher)];
    if (!lower || !higher) continue;
    for (const row of pairCoverage(g, higher, lower).measures) {
      const key = (keys.get(row.id) ?? []).find((k) => k.startsWith(`${p.higher}#`));
      if (!key) continue;
      const links = gold.links.filter((l) => l.higher === key && l.lower.startsWith(`${p.lower}#`));
      const expected = issuerOnly.has(key)
        ? 'not applicable'
        : links.some((l) => l.strength === 'strong')
          ? 'implemented'
          : links.length
            ? 'partial'
            : 'gap';
      total++;
      if (row.status === expected) right++;
      else wrong.push(`${p.lower} → ${key}: ${row.status}, gold ${expected}`);
    }
  }
  return { total, right, accuracy: total ? right / total : 0, wrong };
}

/** IMPLEMENTS edges whose lower document was issued before its higher one (must be none). */
export function laterLinks(snapshot: Snapshot): string[] {
  const docs = new Map<string, { issuedOn?: string; year?: number }>();
  const docOf = new Map<string, string>();
  for (const n of snapshot.nodes) {
    if (n.attributes.type === 'Document') docs.set(n.key, n.attributes);
    if (n.attributes.type === 'Measure') docOf.set(n.key, n.attributes.docId);
  }
  const out: string[] = [];
  for (const e of snapshot.edges) {
    if (e.attributes.type !== 'IMPLEMENTS') continue;
    const [l, h] = [docs.get(docOf.get(e.source)!), docs.get(docOf.get(e.target)!)];
    if (!l || !h) continue;
    const later = l.issuedOn && h.issuedOn ? l.issuedOn < h.issuedOn : l.year !== undefined && h.year !== undefined && l.year < h.year;
    if (later) out.push(`${e.source} → ${e.target}`);
  }
  return out;
}

export interface LinkSetReport {
  source: string;
  linker: LinkScore;
  baseline: LinkScore;
  coverage: CoverageAccuracy;
  laterLinks: string[];
}

export function linkSetReport(gold: GoldLinks, snapshot: Snapshot, source: string): LinkSetReport {
  return {
    source,
    linker: scoreLinks(gold, snapshot),
    baseline: scoreLinks(gold, baselineSnapshot(snapshot, docPairs(gold, snapshot))),
    coverage: coverageAccuracy(gold, snapshot),
    laterLinks: laterLinks(snapshot),
  };
}

export function formatLinkSetReport(r: LinkSetReport, verbose = false): string {
  const f = (x: number) => x.toFixed(2).padStart(6);
  const row = (name: string, s: LinkScore) =>
    `${name.padEnd(19)}${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${f(s.precision)} ${f(s.recall)} ${f(s.f1)}     ${f(s.strongRecall)}`;
  const lines = [
    '',
    `IMPLEMENTS links vs ${r.source}`,
    `                     TP   FP   FN      P      R     F1   strong R`,
    row('linker', r.linker),
    row('baseline (TF-IDF)', r.baseline),
    `coverage verdicts per higher measure: ${r.coverage.right}/${r.coverage.total} right (${r.coverage.accuracy.toFixed(2)})`,
    `links to a later document: ${r.laterLinks.length}`,
  ];
  if (verbose) {
    lines.push('  spurious:', ...r.linker.falsePositives.map((x) => `    ${x}`), '  missed:', ...r.linker.falseNegatives.map((x) => `    ${x}`));
    lines.push('  coverage verdicts wrong:', ...r.coverage.wrong.map((x) => `    ${x}`), ...r.laterLinks.map((x) => `  later: ${x}`));
  }
  return lines.join('\n');
}
