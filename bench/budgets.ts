// The budgets of issue 11, checked against the bench's figures: each becomes one line with the
// measured value, the limit and pass/fail (or "not-measured" with the reason).
/* eslint-disable @typescript-eslint/no-explicit-any */
export interface Budget {
  name: string;
  measured: number | string | null;
  limit: string;
  status: 'pass' | 'fail' | 'not-measured';
  note?: string;
}
export interface BenchResults {
  generatedAt: string;
  mode: 'ci' | 'full';
  machine: Record<string, unknown>;
  synthetic: any[];
  linking?: { exponent: number | null; totalExponent: number | null; f1ByN: Record<string, number> };
  mirror?: any;
  neo4j?: any;
  explorer?: any[];
  /** GET /api/coverage (bench/coverage.ts): the widest directive's matrix, first request and median/p95 of 5 more. */
  coverage?: any;
  extraSnapshot?: any;
  budgets: Budget[];
}

const check = (name: string, measured: number | null | undefined, ok: (v: number) => boolean, limit: string, note?: string): Budget =>
  measured === null || measured === undefined || Number.isNaN(measured)
    ? { name, measured: null, limit, status: 'not-measured', note }
    : { name, measured, limit, status: ok(measured) ? 'pass' : 'fail', ...(note ? { note } : {}) };

export function budgetChecks(r: BenchResults): Budget[] {
  const out: Budget[] = [];
  for (const s of r.synthetic) {
    const note = s.error ? `ingest failed: ${s.error}` : s.workers ? `${s.workers} thread(s)` : undefined;
    out.push(check(`ingest ${s.documents} docs: chars/s per core ÷ raw jieba cut`, s.ratioToJiebaPerCore, (v) => v >= 1 / 3, '≥ 0.333', note));
  }
  if (r.mirror?.skipped) {
    out.push({ name: 'ingest real mirror: chars/s per core ÷ raw jieba cut', measured: null, limit: '≥ 0.333', status: 'not-measured', note: `skipped: ${r.mirror.skipped}` });
  } else if (r.mirror) {
    const what = r.mirror.sample ? `a fixed sample of ${r.mirror.files} of ${r.mirror.sample.of} files (paths ${String(r.mirror.sample.pathsSha256).slice(0, 12)}…)` : `${r.mirror.files} files`;
    const note = r.mirror.error ? `ingest failed: ${r.mirror.error}` : r.mirror.ratioToJiebaPerCore == null && r.mirror.ratioNote ? `completed (${what}); ${r.mirror.ratioNote}` : what;
    out.push(check('ingest real mirror: chars/s per core ÷ raw jieba cut', r.mirror.ratioToJiebaPerCore, (v) => v >= 1 / 3, '≥ 0.333', note));
  }
  const big = r.synthetic.find((s) => s.documents === 10_000);
  const bigPeak = big?.peakMemoryMB ? Math.max(...(Object.values(big.peakMemoryMB).filter((v) => typeof v === 'number') as number[])) : null;
  // A run stopped before its end still fails the budget when it was already over it; otherwise it is unmeasured.
  out.push(
    big && (!big.error || (bigPeak !== null && bigPeak >= 2048))
      ? check('peak memory at 10,000 documents (MB)', bigPeak, (v) => v < 2048, '< 2048', big.error ? `stopped before its end (${big.error}), already over the budget` : undefined)
      : { name: 'peak memory at 10,000 documents (MB)', measured: null, limit: '< 2048', status: 'not-measured', note: big?.error ? `ingest failed: ${big.error}` : 'run with --large' },
  );
  if (r.linking) {
    const sizes = r.synthetic.filter((s) => !s.error).map((s) => s.documents);
    out.push(check(`linking exponent ${sizes.join('→')} documents`, r.linking.exponent, (v) => v <= 1.2, '≤ 1.2'));
    const f1s = r.synthetic.filter((s) => !s.error).map((s) => s.planted.f1 as number);
    const falling = f1s.some((f, i) => i > 0 && f < f1s[i - 1] - 0.01);
    out.push({ name: 'planted-link F1 not falling as N grows', measured: f1s.join(' → '), limit: 'non-decreasing (±0.01)', status: falling ? 'fail' : 'pass' });
  }
  if (r.neo4j?.error) {
    // A section that did not run leaves its budgets unmeasured (with why), not passed or failed.
    for (const name of ['load rate ÷ plain UNWIND…CREATE', 'unchanged reload: rows written', 'canned queries p95 ms']) {
      out.push({ name: `${name} (${r.neo4j.documents} docs)`, measured: null, limit: name.startsWith('load') ? '≥ 0.5' : name.startsWith('unchanged') ? '= 0' : '< 50', status: 'not-measured', note: r.neo4j.error });
    }
  }
  else if (r.neo4j) {
    out.push(check(`load rate ÷ plain UNWIND…CREATE (${r.neo4j.documents} docs)`, r.neo4j.loaderToPlainRatio, (v) => v >= 0.5, '≥ 0.5'));
    out.push(check('unchanged reload: rows written', r.neo4j.reload.written, (v) => v === 0, '= 0'));
    // Loads of any size: a bigger snapshot loaded by the same code in its own run (--load-only).
    for (const big of (r.neo4j.largerLoads ?? []) as { documents: number; rows: number; loader: { written: number; transactions: number }; reload: { written: number } }[]) {
      out.push(check(`load of ${big.documents} docs: rows written of ${big.rows}`, big.loader.written, (v) => v === big.rows, `= ${big.rows}`, `${big.loader.transactions} bounded transactions`));
      out.push(check(`unchanged reload of ${big.documents} docs: rows written`, big.reload.written, (v) => v === 0, '= 0'));
    }
    const canned = Object.entries(r.neo4j.cannedQueries as Record<string, { p95Ms: number; allNodesScan?: boolean; indexSeek?: boolean }>);
    for (const [name, q] of canned) {
      out.push(check(`canned ${name} p95 ms (${r.neo4j.documents} docs)`, q.p95Ms, (v) => v < 50, '< 50'));
    }
    // Plans read on the same graph (EXPLAIN): a query that scans every node or seeks no index.
    const unindexed = canned.filter(([, q]) => q.allNodesScan !== false || q.indexSeek !== true).map(([name]) => name);
    out.push(check(`canned queries without a label + index seek (${r.neo4j.documents} docs)`, canned.length ? unindexed.length : null, (v) => v === 0, '= 0', unindexed.length ? unindexed.join(', ') : `${canned.length} queries`));
  }
  for (const e of r.explorer ?? []) {
    const tag = `explorer ${e.nodes} nodes`;
    const note = e.error ? `page did not get there: ${e.error}` : undefined;
    out.push(check(`${tag}: first graph drawn (ms)`, e.firstGraphMs, (v) => v < 5000, '< 5000', note));
    out.push(check(`${tag}: search usable (ms)`, e.searchUsableMs, (v) => v < 5000, '< 5000', note));
    // The long tasks are read at the end of the run: an error before that leaves them unknown.
    out.push(check(`${tag}: longest main-thread task (ms)`, e.error ? null : e.longestTaskMs, (v) => v <= 200, '≤ 200', note));
  }
  return out;
}
