// GET /api/coverage: the coverage matrix of a directive over the snapshot (coverage/matrix.ts, the
// same computation as the report and the explorer's matrix), as JSON or as the CSV the page
// downloads. Parameters checked with zod; a bad one is a 400 naming it, never a stack trace.
//   directive  id or title (or a unique part of one)      required
//   region     only lower documents of this region (吉林省 or 吉林, or a city); an unknown one is a 404
//   threshold  <implements>,<partial> (0–1), e.g. 0.3,0.1; default: the snapshot's thresholds
//   asOf       YYYY-MM-DD or YYYY: documents issued after it are left out
//   sort       order | coverage
//   format     json | csv
// The JSON carries `exactFrom` and `inexact` (coverage/replay.ts exactness): below exactFrom, `inexact` lower measures
// may have other links than a re-ingest would give; the CSV then ends with a "Note" row saying so.
import { Router } from 'express';
import { z } from 'zod';
import type { Snapshot } from '../../graph-schema/index.js';
import { findDocument, findRegion, graphFromSnapshot, type Thresholds } from '../../coverage/index.js';
import { matrixCsv, matrixCsvName, withNoteRow } from '../../coverage/matrix-csv.js';
import { exactness, inexactNote } from '../../coverage/replay.js';
import { coverageMatrix, sortMatrix } from '../../coverage/matrix.js';
import { gapPassages } from '../../coverage/passages.js';
import { gapForms, pairFormsCache, type PairForms } from '../../coverage/forms.js';
import { parseQuery, sendError } from './errors.js';

/** 2021-02-28 yes; 2021-02-30 and 2021-13-45 no (Date would roll them over or give NaN). */
function isCalendarDate(d: string): boolean {
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
}

export const CoverageQuery = z
  .object({
    directive: z.string().trim().min(1, 'directive is required: a document id (doc:…) or title').max(500),
    region: z.string().trim().min(1).max(100).optional(),
    threshold: z
      .string()
      .regex(/^\s*\d*\.?\d+\s*,\s*\d*\.?\d+\s*$/, 'threshold must be "<implements>,<partial>", e.g. 0.24,0.06')
      .transform((s): Thresholds => {
        const [implements_, partial] = s.split(',').map(Number);
        return { implements: implements_, partial };
      })
      .refine((t) => t.implements <= 1 && t.partial <= 1, 'threshold: both scores must be between 0 and 1')
      .refine((t) => t.partial <= t.implements, 'threshold: the partial threshold must not exceed the implements threshold')
      .optional(),
    asOf: z
      .string()
      .regex(/^\d{4}(-\d{2}-\d{2})?$/, 'asOf must be a date YYYY-MM-DD or a year YYYY')
      .refine((d) => d.length === 4 || isCalendarDate(d), 'asOf must be a calendar date (2021-13-45 is none)')
      .optional(),
    sort: z.enum(['order', 'coverage']).default('order'),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .strict();

/** GET /api/gap-passages: the gap view's two documents, by id. */
export const GapPassagesQuery = z
  .object({
    higher: z.string().trim().min(1, 'higher is required: a document id').max(500),
    lower: z.string().trim().min(1, 'lower is required: a document id').max(500),
  })
  .strict();

export function coverageRoutes(snapshot: Snapshot): Router {
  const router = Router();
  let graph: ReturnType<typeof graphFromSnapshot> | undefined;
  // Each pair's forms computed on demand (coverage/forms.ts pairForms), kept for the server's one graph (session 49).
  let formsOf: ((higher: string, lower: string) => PairForms) | undefined;
  // The longest passage each row of the gap view's measure table reuses, for the whole table in one answer
  // (coverage/passages.ts): `{ passages: GapPassage[], forms: GapForm[] }`, rows without a link or a passage left out.
  // `forms` (session 48): the forms the lower document carries the higher one's entities under where the snapshot has no
  // CARRIES edge for them (a pair coverage does not compare, a snapshot written before session 47), computed here from
  // the measures' texts (coverage/forms.ts pairForms; the page's graph holds no texts), places included.
  router.get('/gap-passages', (req, res) => {
    const data = parseQuery(GapPassagesQuery, req.query, res);
    if (!data) return;
    graph ??= graphFromSnapshot(snapshot);
    const g = graph;
    const missing = [data.higher, data.lower].find((id) => !g.hasNode(id) || g.getNodeAttribute(id, 'type') !== 'Document');
    if (missing !== undefined) return sendError(res, 404, 'NotFound', `no document with id "${missing}"`);
    formsOf ??= pairFormsCache(g);
    res.json({ passages: gapPassages(g, data.higher, data.lower), forms: gapForms(formsOf(data.higher, data.lower)) });
  });
  router.get('/coverage', (req, res) => {
    const data = parseQuery(CoverageQuery, req.query, res);
    if (!data) return;
    graph ??= graphFromSnapshot(snapshot);
    const { directive, region, threshold, asOf, sort, format } = data;
    const found = findDocument(graph, directive);
    if (!found.id) {
      const g = graph;
      const names = found.candidates.map((id) => g.getNodeAttribute(id, 'name')).slice(0, 20);
      return sendError(
        res,
        found.candidates.length ? 400 : 404,
        found.candidates.length ? 'Ambiguous' : 'NotFound',
        found.candidates.length ? `directive "${directive}" matches several documents: ${names.join('; ')}` : `no document matches directive "${directive}"`,
      );
    }
    // A region the snapshot does not name (a typo, 火星) answered an empty matrix; 吉林 means 吉林省.
    const place = region === undefined ? undefined : findRegion(graph, region);
    if (place && !place.name) {
      const list = (place.candidates.length ? place.candidates : place.all).join('; ');
      return sendError(res, 404, 'NotFound', `${place.candidates.length ? `region "${region}" matches several regions` : `no region "${region}" in the snapshot`}: ${list}`);
    }
    const regionName = place?.name;
    const g = graph;
    const forms = (formsOf ??= pairFormsCache(g));
    const m = sortMatrix(coverageMatrix(graph, found.id, { forms, ...(threshold ? { thresholds: threshold } : {}), ...(asOf ? { asOf } : {}), ...(regionName ? { region: regionName } : {}) }), sort);
    const exact = exactness(graph, threshold);
    if (format === 'csv') {
      const name = matrixCsvName(m.directive.name, regionName);
      res.set('Content-Disposition', `attachment; filename="coverage-matrix.csv"; filename*=UTF-8''${encodeURIComponent(name)}`);
      return void res.type('text/csv; charset=utf-8').send(withNoteRow(matrixCsv(m), inexactNote(exact, threshold)));
    }
    res.json({ thresholds: threshold ?? snapshot.attributes.linkThresholds ?? null, ...(exact ?? {}), matrix: m });
  });
  return router;
}
