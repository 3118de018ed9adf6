// The bench at CI size (`npm run bench -- --ci`: two small synthetic corpora, 15 mirror files,
// Neo4j and the explorer in Chromium), so it cannot rot: every section is filled with figures
// that make sense, and every budget is checked (pass, fail or not-measured with a reason).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBench } from '../../bench/cli.js';
import { MIRROR_REPO } from '../../bench/mirror.js';
import { loadCannedQueries } from '../../neo4j/queries.js';
import { javaAvailable } from '../../neo4j/server.js';

const haveJava = javaAvailable();
const haveChromium = existsSync('/usr/bin/chromium');
const haveMirror = existsSync(MIRROR_REPO);
const ci = process.env.CI === 'true';

describe('#integration #browser bench --ci', () => {
  it('fills every section and checks every budget', async () => {
    if (ci && (!haveJava || !haveChromium)) throw new Error('CI needs Java and /usr/bin/chromium for the bench');
    const r = await runBench({
      sizes: [12, 36],
      seed: 1,
      ci: true,
      neo4j: haveJava,
      explorer: haveChromium,
      coverage: true,
      mirror: haveMirror,
      mirrorLimit: 15,
      explorerSizes: [36],
      port: 0,
      log: () => undefined,
    });
    expect(r.synthetic.map((s) => s.documents)).toEqual([12, 36]);
    for (const s of r.synthetic) {
      expect(s.ingestCharsPerSec).toBeGreaterThan(0);
      expect(s.jiebaCutCharsPerSec).toBeGreaterThan(s.ingestCharsPerSec / 8);
      expect(s.perFileStages.speedUp).toBeGreaterThan(0);
      expect(s.planted.planted).toBeGreaterThan(0);
      expect(s.planted.recall).toBeGreaterThan(0.5);
      expect(s.peakMemoryMB.perFile).toBeGreaterThan(0);
    }
    expect(r.linking?.exponent).not.toBeNull();
    if (haveMirror) expect(r.mirror.files).toBe(15);
    if (haveJava) {
      expect(r.neo4j.reload.written).toBe(0);
      expect(r.neo4j.loaderToPlainRatio).toBeGreaterThan(0);
      // Every canned query of cypher/ is timed, and its plan on the bench graph read.
      expect(Object.keys(r.neo4j.cannedQueries).sort()).toEqual(loadCannedQueries().map((q) => q.name).sort());
      for (const [name, q] of Object.entries(r.neo4j.cannedQueries) as [string, { allNodesScan: boolean; indexSeek: boolean; operators: string[] }][]) {
        expect(q.allNodesScan, name).toBe(false);
        expect(q.indexSeek, `${name}: ${q.operators.join(' ')}`).toBe(true);
      }
    }
    if (haveChromium) {
      expect(r.explorer?.[0].error).toBeUndefined();
      expect(r.explorer?.[0].firstGraphMs).toBeGreaterThan(0);
      expect(r.explorer?.[0].bytesTransferred).toBeGreaterThan(1000);
    }
    expect(r.coverage.error).toBeUndefined();
    expect(r.coverage.firstMs).toBeGreaterThan(0);
    expect(r.budgets.length).toBeGreaterThan(10);
    for (const b of r.budgets) expect(['pass', 'fail', 'not-measured']).toContain(b.status);
  }, 1_800_000);
});
