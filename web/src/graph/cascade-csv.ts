// The cascade's links as CSV, what a researcher cites (session 36 trial: tracing 献血法 第十四条 down to 宁波 第二十五条,
// the cascade and the evidence had nothing to save). One row per link drawn in the cascade: the lower document
// (region, date) and its article, the document and article it carries out, the verdict, the score and the lag (and
// the text of the law it runs from, for a law's later text); ids last, so a row leads back to the graph or to Neo4j.
// Headers and verdicts in the page's language; names and paths as the texts write them.
import type { Cascade, CascadeLink } from './cascade.js';
import { safeFileName, toCsv, type CsvColumn } from './csv.js';

/** The words of the file: `header.<key>` for each column, `kind.<kind>` for each verdict. */
export type CascadeCsvWords = (key: string) => string;

export const CASCADE_CSV_KEYS = [
  'lower',
  'lowerRegion',
  'lowerDate',
  'lowerPath',
  'higher',
  'higherDate',
  'higherPath',
  'kind',
  'score',
  'lagDays',
  'lagApprox',
  'lagSince',
  'places',
  'lowerId',
  'higherId',
] as const;

/**
 * `laterVersion` maps a pair's key (`<lowerDoc>→<higherDoc>`) to the date of the law's text its lag runs from ('' when
 * unknown), for pairs linked to a later text than the one in force at the lower document's date.
 */
export function cascadeLinksCsv(cascade: Cascade, words: CascadeCsvWords, laterVersion: ReadonlyMap<string, string> = new Map()): string {
  const docs = new Map(cascade.docs.map((d) => [d.id, d]));
  const paths = new Map(cascade.docs.flatMap((d) => d.measures.map((m) => [m.id, m.path] as const)));
  const date = (id: string) => docs.get(id)?.date ?? docs.get(id)?.fileDate;
  const value: Record<(typeof CASCADE_CSV_KEYS)[number], (l: CascadeLink) => string | number | undefined> = {
    lower: (l) => docs.get(l.lowerDoc)?.name ?? l.lowerDoc,
    lowerRegion: (l) => docs.get(l.lowerDoc)?.region,
    lowerDate: (l) => date(l.lowerDoc),
    lowerPath: (l) => (l.lower ? paths.get(l.lower) : undefined),
    higher: (l) => docs.get(l.higherDoc)?.name ?? l.higherDoc,
    higherDate: (l) => date(l.higherDoc),
    higherPath: (l) => (l.higher ? paths.get(l.higher) : undefined),
    kind: (l) => words(`kind.${l.kind}`),
    score: (l) => l.score,
    lagDays: (l) => l.lagDays,
    lagApprox: (l) => (l.lagApprox ? words('yes') : undefined),
    lagSince: (l) => laterVersion.get(`${l.lowerDoc}→${l.higherDoc}`),
    places: (l) => l.places,
    lowerId: (l) => l.lower ?? l.lowerDoc,
    higherId: (l) => l.higher ?? l.higherDoc,
  };
  const columns: CsvColumn<CascadeLink>[] = CASCADE_CSV_KEYS.map((k) => ({ header: words(`header.${k}`), value: value[k] }));
  return toCsv(cascade.links, columns);
}

/** `cascade_<root name>.csv`, the name made safe for a file system. */
export function cascadeCsvName(rootName: string): string {
  return `cascade_${safeFileName(rootName, 80)}.csv`;
}
