// A user who sets thresholds below where the snapshot's stored candidates make the replay exact is told so
// (coverage/replay.ts exactness): `npm run report -- coverage --threshold` on the 消防 family, whose lowest
// exact partial threshold is 0.101 (a candidate left out at ingest scored 0.100: 广东 第二十二条's 消防法 第十七条, eligible by its
// paragraph share since session 50's options.paragraphCitedText reads 第十七条 with 第十六条's duties; 0.082 before, from one at 0.081).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../graph-schema/index.js';
import { graphFromSnapshot } from '../../coverage/index.js';
import { parseCsv } from '../../coverage/matrix-csv.js';
import { coverageMatrix } from '../../coverage/matrix.js';
import { exactFrom } from '../../coverage/replay.js';
import { runIngest } from '../../ingest/pipeline.js';
import { coverageReport } from '../../scripts/report.js';

let file: string;
let snapshot: Snapshot;
let lowest: number;
beforeAll(async () => {
  snapshot = (await runIngest({ inputs: ['tests/real/fire/corpus'] })).snapshot;
  file = join(mkdtempSync(join(tmpdir(), 'pg-exact-')), 'snapshot.json');
  writeFileSync(file, JSON.stringify(snapshot));
  lowest = exactFrom(graphFromSnapshot(snapshot))!;
}, 180_000);

const report = (format: 'table' | 'csv' | 'json', threshold?: string, lower?: string) =>
  coverageReport({ directive: '中华人民共和国消防法', format, snapshot: file, ...(threshold ? { threshold } : {}), ...(lower ? { lower } : {}) });
const LINE = /partial threshold ([\d.]+) is below ([\d.]+): links of (\d+) measures? may differ from a re-ingest/;

describe('report --threshold below exactFrom', () => {
  it('the 消防 family is exact from 0.101', () => {
    expect(lowest).toBe(0.101);
  });

  it('json carries exactFrom and inexact: some measures at 0.05 and 0.1, none from 0.101 up or at the defaults', async () => {
    const at = async (t?: string) => JSON.parse(await report('json', t));
    const low = await at('0.2,0.05');
    expect(low.thresholds).toEqual({ implements: 0.2, partial: 0.05 });
    expect(low.exactFrom).toBe(0.101);
    expect(low.inexact).toBeGreaterThan(0);
    expect((await at('0.2,0.1')).inexact).toBeGreaterThan(0);
    expect((await at(`0.2,${lowest}`)).inexact).toBe(0);
    expect((await at('0.3,0.2')).inexact).toBe(0);
    const defaults = await at();
    expect(defaults.thresholds).toEqual(snapshot.attributes.linkThresholds);
    expect(defaults).toMatchObject({ exactFrom: 0.101, inexact: 0 });
  });

  it('the table prints one line under the thresholds, and none at the defaults or at exactFrom', async () => {
    const low = await report('table', '0.2,0.05');
    const lines = low.split('\n');
    const i = lines.findIndex((l) => LINE.test(l));
    expect(lines[i - 1]).toMatch(/^verdicts: implemented ≥ 0\.2, partial ≥ 0\.05 .*exact from partial 0\.101/);
    const [, partial, from, n] = LINE.exec(lines[i])!;
    expect([partial, from]).toEqual(['0.05', '0.101']);
    expect(Number(n)).toBe(JSON.parse(await report('json', '0.2,0.05')).inexact);
    expect(await report('table')).not.toMatch(/may differ/);
    expect(await report('table', `0.2,${lowest}`)).not.toMatch(/may differ/);
  });

  it('the CSV (matrix and one lower document) ends with a Note row a spreadsheet shows under the table', async () => {
    for (const lower of [undefined, '新乡']) {
      const rows = parseCsv(await report('csv', '0.2,0.05', lower));
      expect(rows.at(-1)![0]).toBe('Note');
      expect(rows.at(-1)![1]).toMatch(LINE);
      expect(rows.at(-2)).toEqual(['']);
      const plain = parseCsv(await report('csv', undefined, lower));
      expect(plain.some((r) => r[0] === 'Note')).toBe(false);
    }
  });

  it('--threshold re-reads the coverage as the matrix (and GET /api/coverage) does, and refuses a malformed pair', async () => {
    const json = JSON.parse(await report('json', '0.2,0.05'));
    const t = { implements: 0.2, partial: 0.05 };
    const m = coverageMatrix(graphFromSnapshot(snapshot), json.directive.id, { thresholds: t });
    expect(json.pairs.length).toBe(m.columns.length);
    json.pairs.forEach((p: { lower: string; measures: { id: string; status: string }[] }) => {
      const col = m.columns.findIndex((c) => c.id === p.lower);
      for (const r of p.measures) expect(m.rows.find((x) => x.id === r.id)!.cells[col].status).toBe(r.status);
    });
    // Lower thresholds than the linker's give more links, so fewer gaps.
    const gaps = (j: { pairs: { summary: { gaps: number } }[] }) => j.pairs.reduce((n, p) => n + p.summary.gaps, 0);
    expect(gaps(json)).toBeLessThan(gaps(JSON.parse(await report('json'))));
    for (const bad of ['0.2', '0.05,0.2', '2,0.1', 'a,b']) await expect(report('table', bad)).rejects.toThrow(/--threshold must be/);
  });
});
