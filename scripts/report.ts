// `npm run report -- coverage --directive <id or title> [--region <name>] [--lower <id or title>]
//   [--format table|csv|json] [--snapshot <path>]`: coverage of a directive by the corpus's lower
// documents (coverage/). One lower document → a table; several → a matrix; then lag per region.
// Without --snapshot it reads out/snapshot.json, or ingests corpus/ when that file is missing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCommand, runMain } from 'citty';
import { Snapshot } from '../graph-schema/index.js';
import { directiveCoverage, docRef, documentMeasures, findDocument, findRegion, graphFromSnapshot, lowerDocuments, pairCoverage, uncomparedDocuments, type CoverageGraph, type Thresholds } from '../coverage/index.js';
import { exactness, inexactNote } from '../coverage/replay.js';
import { lagTable, matrix, pairTable, type Format } from '../coverage/format.js';
import { matrixCsv, withNoteRow } from '../coverage/matrix-csv.js';
import { coverageMatrix } from '../coverage/matrix.js';
import { pairForms } from '../coverage/forms.js';
import { cascadeFrom } from '../web/src/graph/cascade.js';
import { cascadeText } from '../web/src/graph/cascade-format.js';
import { cascadePairs } from '../web/src/graph/cascade-pairs.js';
import { sampleLinks, sampleText } from '../coverage/sample-links.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

class ReportError extends Error {}

async function loadSnapshot(path: string | undefined): Promise<Snapshot> {
  const file = resolve(process.cwd(), path ?? resolve(ROOT, 'out/snapshot.json'));
  if (!existsSync(file)) {
    if (path) throw new ReportError(`report: snapshot ${file} does not exist (run npm run ingest -- corpus first, or omit --snapshot)`);
    process.stderr.write(`report: no ${file}; ingesting corpus/ …\n`);
    const { runIngest } = await import('../ingest/pipeline.js');
    return (await runIngest({ inputs: [resolve(ROOT, 'corpus')] })).snapshot;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ReportError(`report: ${file} is not JSON: ${(e as Error).message}`);
  }
  const parsed = Snapshot.safeParse(json);
  if (!parsed.success) throw new ReportError(`report: ${file} is not a policy-graph snapshot (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`);
  return parsed.data;
}

function resolveDoc(g: CoverageGraph, query: string, what: string, hint = ''): string {
  const found = findDocument(g, query);
  if (found.id) return found.id;
  const list = found.candidates.map((id) => `  ${id}`).join('\n');
  throw new ReportError(
    found.candidates.length
      ? `report: ${what} "${query}" matches several documents; give one of:\n${list}`
      : `report: no document matches ${what} "${query}"${hint}; documents in the snapshot:\n${g
          .filterNodes((_, a) => a.type === 'Document' && a.inCorpus)
          .map((id) => `  ${id}`)
          .join('\n')}`,
  );
}

const MEASURE_HINT = ' (a measure: the document, a space and its article or path, e.g. "物业管理条例 第四十二条", or its id doc:…#<path>)';

/** `--from "<document> <article or path>"` (物业管理条例 第四十二条, 中国科协2020年科普工作要点 三/10), as people name a
 *  provision: the document's measure whose path is that or ends with it (第四章/第四十二条). Undefined when the text
 *  before the last space names no document; an error naming the paths when the document has no such measure or several.
 *  Session 24: only the id doc:物业管理条例@2016-02-06#第四章/第四十二条 was taken, and the error listed documents only. */
function resolveMeasure(g: CoverageGraph, query: string): string | undefined {
  const m = query.trim().match(/^(.+?)[\s#]+([^\s#]+)$/);
  const doc = m ? findDocument(g, m[1]).id : undefined;
  if (!m || !doc) return undefined;
  const paths = documentMeasures(g, doc)
    .sort((a, b) => Number(g.getNodeAttribute(a, 'ordinal' as never)) - Number(g.getNodeAttribute(b, 'ordinal' as never)))
    .map((id) => [id, String(g.getNodeAttribute(id, 'path' as never))] as const);
  const hits = paths.filter(([, p]) => p === m[2] || p.endsWith(`/${m[2]}`));
  if (hits.length === 1) return hits[0][0];
  const name = g.getNodeAttribute(doc, 'name' as never) as string;
  throw new ReportError(
    hits.length
      ? `report: --from "${query}": ${name} has several measures at ${m[2]}; give one of:\n${hits.map(([id]) => `  ${id}`).join('\n')}`
      : `report: --from "${query}": ${name} has no measure ${m[2]}; its paths are like ${paths.slice(0, 3).map(([, p]) => p).join(', ')} (${paths.length} measures)`,
  );
}

/** `--region` as the snapshot names it (findRegion: 吉林 → 吉林省); else the regions to choose from. */
function resolveRegion(g: CoverageGraph, query: string | undefined): string | undefined {
  if (query === undefined) return undefined;
  const found = findRegion(g, query);
  if (found.name) return found.name;
  throw new ReportError(
    `report: ${found.candidates.length ? `--region "${query}" matches several regions` : `no region "${query}" in the snapshot (no document of the corpus is issued there)`}; give one of: ${(found.candidates.length ? found.candidates : found.all).join(', ')}`,
  );
}

/** `--asOf`: a calendar date YYYY-MM-DD (a year alone or 2021-13-45 would filter nothing or everything). */
function checkDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) throw new ReportError(`report: --asOf must be a date YYYY-MM-DD, not "${value}"`);
  return value;
}

/** `--threshold <implements>,<partial>` (0–1, partial ≤ implements), as GET /api/coverage reads it. */
function parseThreshold(value: string | undefined): Thresholds | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(\d*\.?\d+)\s*,\s*(\d*\.?\d+)\s*$/.exec(value);
  const t = m ? { implements: Number(m[1]), partial: Number(m[2]) } : undefined;
  if (!t || t.implements > 1 || t.partial > t.implements)
    throw new ReportError(`report: --threshold must be "<implements>,<partial>" between 0 and 1 with partial ≤ implements (e.g. 0.24,0.06), not "${value}"`);
  return t;
}

export async function coverageReport(args: { directive: string; region?: string; lower?: string; threshold?: string; format: Format; snapshot?: string }): Promise<string> {
  if (!['table', 'csv', 'json'].includes(args.format)) throw new ReportError(`report: --format must be table, csv or json, not "${args.format}"`);
  const user = parseThreshold(args.threshold);
  const snapshot = await loadSnapshot(args.snapshot);
  const g = graphFromSnapshot(snapshot);
  const directive = resolveDoc(g, args.directive, '--directive');
  const lower = args.lower ? resolveDoc(g, args.lower, '--lower') : undefined;
  const region = resolveRegion(g, args.region);
  // A pair with no CARRIES edge (a snapshot written before session 47) gets its forms computed on demand, from the
  // snapshot's measure texts (coverage/forms.ts): for a pair the ingest compared it finds the edges it wrote.
  const forms = (h: string, l: string) => pairForms(g, h, l);
  const c = directiveCoverage(g, directive, { region, lower, forms, ...(user ? { thresholds: user } : {}) });
  // Under the user's thresholds the links are selected again (coverage/replay.ts): exact from `exactFrom` up; below
  // it `inexact` lower measures may have other links than a re-ingest would give, and the output says so.
  const exact = exactness(g, user);
  const note = inexactNote(exact, user);
  // Session 48 (helper tidy): `--lower` naming a document coverage does not compare with the directive (no link or
  // citation between them, or not below it on its region chain) compares the two side by side, as the explorer's gap
  // view compares any two documents it is given, forms computed on demand; the output says it is no column.
  const free = c.lowers.length === 0 && lower !== undefined && lower !== directive && !region ? pairCoverage(g, directive, lower, user, forms(directive, lower)) : undefined;
  if (args.format === 'json' && free) return JSON.stringify({ thresholds: user ?? snapshot.attributes.linkThresholds, ...(exact ?? {}), compared: false, directive: c.directive, lower: docRef(g, lower!), pair: free }, null, 2);
  if (args.format === 'json') return JSON.stringify({ thresholds: user ?? snapshot.attributes.linkThresholds, ...(exact ?? {}), ...c }, null, 2);
  const t = snapshot.attributes.linkThresholds;
  const subject = t?.subjectMinCosine !== undefined ? `; documents on one subject: subject cosine ≥ ${t.subjectMinCosine}` : '';
  const thresholds = user
    ? `verdicts: implemented ≥ ${user.implements}, partial ≥ ${user.partial} (--threshold; the links selected again from the snapshot's candidates${exact ? `, exact from partial ${exact.exactFrom}` : ''})`
    : t
      ? `verdicts: implemented ≥ ${t.implements}, partial ≥ ${t.partial}${subject} (${t.provenance})`
      : 'verdicts: thresholds not recorded in this snapshot';
  // Documents on the directive's subject that are no column (session 37 trial: 北京's 1995 老年人权益保障条例 under the
  // 1996 law): named, so a region without a column is not read as one with no document on the subject.
  const uncompared = uncomparedDocuments(g, directive, lowerDocuments(g, directive))
    .filter((l) => !region || l.regionChain.includes(region))
    .map(
      (l) =>
        `not compared (on its subject): ${l.region ?? '—'}: ${l.name} (${l.issuedOn ?? l.year ?? 'undated'}; ${l.reason === 'earlier' ? `issued before the directive's first text of ${l.directiveSince}` : 'no article of it carries the directive out, and it does not cite it'})`,
    );
  if (free) {
    const names = { higher: c.directive.name, lower: docRef(g, lower!).name };
    const why = `${names.lower} is no column of ${names.higher}'s coverage (no link or citation between them, or not a lower document on its region chain): the two compared side by side, as the explorer's gap view compares any two documents`;
    if (args.format === 'csv') return withNoteRow(`\uFEFF${pairTable(free, names, 'csv')}`, note);
    return [why, '', pairTable(free, names, 'table'), '', thresholds, ...(note ? [note] : [])].join('\n');
  }
  if (c.lowers.length === 0) {
    return [`${c.directive.name}: no lower document${region ? ` in ${region}` : ''} may implement it (lower level, on its region chain, issued after it)`, ...uncompared].join('\n');
  }
  // Several lower documents as CSV: the matrix file the explorer and GET /api/coverage give (coverage/matrix-csv.ts).
  const body =
    c.lowers.length === 1
      ? pairTable(c.pairs[0], { higher: c.directive.name, lower: c.lowers[0].name }, args.format)
      : args.format === 'csv'
        ? matrixCsv(coverageMatrix(g, directive, { forms, ...(region ? { region } : {}), ...(user ? { thresholds: user } : {}) }))
        : matrix(c, args.format);
  // Both CSVs open in Excel with their Chinese intact: a UTF-8 BOM, as the explorer's downloads have
  // (the matrix CSV has one; the one-document table had none, so `--region 吉林省 > x.csv` was garbled).
  if (args.format === 'csv') return withNoteRow(body.startsWith('\uFEFF') ? body : `\uFEFF${body}`, note);
  return [body, '', lagTable(c, 'table'), '', thresholds, ...(note ? [note] : []), ...uncompared].join('\n');
}

const coverage = defineCommand({
  meta: { name: 'coverage', description: 'What each lower document implements of a directive, and what it leaves out' },
  args: {
    directive: { type: 'string', description: 'the higher document: id (doc:…) or title (or a unique part of it)', required: true },
    region: { type: 'string', description: 'only lower documents in this region (吉林省, or a city)' },
    lower: { type: 'string', description: 'only this lower document (id or title)' },
    threshold: { type: 'string', description: '<implements>,<partial> verdict thresholds, e.g. 0.24,0.06 (default: the snapshot’s)' },
    format: { type: 'string', description: 'table | csv | json', default: 'table' },
    snapshot: { type: 'string', description: 'snapshot file (default out/snapshot.json, or ingest corpus/)' },
  },
  async run({ args }) {
    try {
      console.log(await coverageReport({ ...args, format: args.format as Format }));
    } catch (e) {
      if (!(e instanceof ReportError)) throw e;
      console.error(e.message);
      process.exitCode = 2;
    }
  },
});

// The cascade below a document or measure (web/src/graph/cascade.ts, shared with the explorer).
export async function cascadeReport(args: { from: string; region?: string; asOf?: string; links?: boolean; format: string; snapshot?: string }): Promise<string> {
  if (!['table', 'json'].includes(args.format)) throw new ReportError(`report: --format must be table or json, not "${args.format}"`);
  const asOf = checkDate(args.asOf);
  const g = graphFromSnapshot(await loadSnapshot(args.snapshot));
  const region = resolveRegion(g, args.region);
  // A title can name both a version in the corpus and a cited-only node of the same title (the
  // earlier text older regulations cite: 中华人民共和国消防法 in the 消防 family): the one in the
  // corpus, unless the title names only one node.
  const exacts = g.filterNodes((_, a) => a.type === 'Document' && a.name === args.from);
  const inCorpus = exacts.filter((id) => {
    const a = g.getNodeAttributes(id);
    return a.type === 'Document' && a.inCorpus;
  });
  const exact = exacts.length === 1 ? exacts[0] : inCorpus.length === 1 ? inCorpus[0] : undefined;
  const root = g.hasNode(args.from) ? args.from : (exact ?? (findDocument(g, args.from).id ? resolveDoc(g, args.from, '--from') : (resolveMeasure(g, args.from) ?? resolveDoc(g, args.from, '--from', MEASURE_HINT))));
  const c = cascadeFrom(g, root, { region: region ?? null, asOf: asOf ?? null });
  if (!c) throw new ReportError(`report: ${args.from} is neither a document nor a measure`);
  // JSON: the cascade's documents and links, and its pairs of documents (cascade-pairs.ts) without their links again.
  if (args.format === 'json') return JSON.stringify({ ...c, pairs: cascadePairs(g, c).map(({ links: _links, ...p }) => p) }, null, 2);
  if (c.docs.length === 0) {
    // The filters left out the directive itself: say which, instead of printing nothing.
    const d = g.getNodeAttributes(c.rootDoc) as { name?: string; issuedOn?: string; year?: number; region?: string };
    const dropsIt = (opts: { asOf?: string; region?: string }) => cascadeFrom(g, root, opts)?.docs.length === 0;
    const why = [
      asOf && dropsIt({ asOf }) ? `issued ${d.issuedOn ?? d.year ?? '(undated)'}, after ${asOf}` : '',
      region && dropsIt({ region }) ? `${d.region ?? 'no region'} is not on ${region}'s chain` : '',
    ]
      .filter(Boolean)
      .join(', or ');
    return `${d.name ?? c.rootDoc}: left out by the filters (${why})`;
  }
  return cascadeText(g, c, { links: args.links === true });
}

const cascade = defineCommand({
  meta: { name: 'cascade', description: 'Every document below a directive (or measure) that implements or cites it, level by level' },
  args: {
    from: { type: 'string', description: 'the directive: id (doc:…) or title (or a unique part of it); or a measure: its id, or the document and its article or path ("物业管理条例 第四十二条")', required: true },
    region: { type: 'string', description: 'only documents on this region’s chain' },
    asOf: { type: 'string', description: 'only documents issued on or before this date (YYYY-MM-DD)' },
    links: { type: 'boolean', description: 'every link under its pair of documents (default: one line per pair, with its counts, median score, lag and the measures not carried)', default: false },
    format: { type: 'string', description: 'table | json', default: 'table' },
    snapshot: { type: 'string', description: 'snapshot file (default out/snapshot.json, or ingest corpus/)' },
  },
  async run({ args }) {
    try {
      console.log(await cascadeReport(args));
    } catch (e) {
      if (!(e instanceof ReportError)) throw e;
      console.error(e.message);
      process.exitCode = 2;
    }
  },
});

/** The file names a sources.json lists (`files[].file` and the last segment of `files[].source`), of each path given: a
 *  sources.json, or a directory searched for them. */
export function excludedFiles(paths: string[]): Set<string> {
  const names = new Set<string>();
  const read = (file: string) => {
    let json: { files?: { file?: string; source?: string }[] };
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new ReportError(`report: ${file} is not a sources.json (${(e as Error).message})`);
    }
    for (const f of json.files ?? []) for (const n of [f.file, f.source]) if (n) names.add(n.split(/[\\/]/).pop()!);
  };
  for (const p of paths) {
    const at = resolve(process.cwd(), p);
    if (!existsSync(at)) throw new ReportError(`report: ${at} does not exist`);
    if (statSync(at).isDirectory()) {
      for (const f of readdirSync(at, { recursive: true }) as string[]) if (f.split(/[\\/]/).pop() === 'sources.json') read(join(at, f));
    } else read(at);
  }
  return names;
}

const sample = defineCommand({
  meta: { name: 'sample-links', description: 'A seeded random sample of the links (document pairs and single links) to read: precision where no gold is' },
  args: {
    pairs: { type: 'string', description: 'document pairs to draw', default: '100' },
    links: { type: 'string', description: 'single links to draw', default: '40' },
    seed: { type: 'string', description: 'seed of the draw (the same seed gives the same sample)', default: '1' },
    exclude: { type: 'string', description: 'comma-separated sources.json files or folders holding them: their documents are left out (e.g. held-out sets)' },
    format: { type: 'string', description: 'text | json', default: 'text' },
    snapshot: { type: 'string', description: 'snapshot file (default out/snapshot.json, or ingest corpus/)' },
  },
  async run({ args }) {
    try {
      const count = (v: string, what: string) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0) throw new ReportError(`report: --${what} must be a whole number ≥ 0, not ${v}`);
        return n;
      };
      const o = { pairs: count(args.pairs, 'pairs'), links: count(args.links, 'links'), seed: count(args.seed, 'seed'), excludeFiles: excludedFiles(args.exclude ? args.exclude.split(',').filter(Boolean) : []) };
      if (args.format !== 'text' && args.format !== 'json') throw new ReportError(`report: --format must be text or json, not ${args.format}`);
      const s = sampleLinks(await loadSnapshot(args.snapshot), o);
      console.log(args.format === 'json' ? JSON.stringify(s, null, 2) : sampleText(s));
    } catch (e) {
      if (!(e instanceof ReportError)) throw e;
      console.error(e.message);
      process.exitCode = 2;
    }
  },
});

const main = defineCommand({
  meta: { name: 'report', description: 'Reports over a policy-graph snapshot' },
  subCommands: { coverage, cascade, 'sample-links': sample },
});

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void runMain(main);
