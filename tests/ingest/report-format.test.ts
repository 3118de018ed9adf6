// The CLI's and `npm start`'s one-screen summary: a failed file is named once, with its reason.
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../ingest/errors.js';
import { formatReport } from '../../ingest/report.js';
import type { IngestReport } from '../../ingest/pipeline.js';

describe('the ingest summary', () => {
  it('names a failed file once, then its reason and why', () => {
    const file = '/data/mirror/案例/某某案例.md';
    const err = new IngestError(file, 'structure', 'no-structure', 'no policy structure: is this a policy document?').toJSON();
    const report = { files: 2, documents: 1, duplicatesMerged: 0, measures: 3, entities: { Organisation: 0, Programme: 0, TargetGroup: 0, Brand: 0 }, targets: 0, citedDocuments: 0, implements: 0, timingsMs: { total: 5 }, failed: [err] } as unknown as IngestReport;
    const line = formatReport(report).split('\n')[1];
    expect(line).toBe(`  failed: ${file}: no-structure (structure): no policy structure: is this a policy document?`);
    expect(line.split(file).length - 1).toBe(1);
  });
});
