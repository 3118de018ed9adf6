// The bench's ingest child runs node as `npm run ingest` does: a worker thread's heap bound
// (Worker resourceLimits, which the link stage sets: ingest/link/parallel.ts) holds in it. A
// --max-old-space-size flag on the child lifted it (V8 applies the flag to every isolate), and
// the bench's 10,000-document peak was ≈ 0.5 GB above the CLI's (session 19).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ingestChildArgv } from '../../bench/ingest-run.js';

const probe = `
const { Worker } = require('node:worker_threads');
const w = new Worker("require('node:worker_threads').parentPort.postMessage(require('node:v8').getHeapStatistics().heap_size_limit)", { eval: true, resourceLimits: { maxOldGenerationSizeMb: 64 } });
w.on('message', (m) => { console.log(Math.round(m / 2 ** 20)); w.terminate(); });
`;

describe("bench ingest child's node flags", () => {
  it('keep a worker thread within the heap bound it is given', () => {
    const argv = ingestChildArgv({ dir: '/nowhere', snapshotOut: '/nowhere/s.json', figuresOut: '/nowhere/f.json' });
    const script = argv.findIndex((a) => a.endsWith('ingest-run.ts'));
    expect(script).toBeGreaterThan(-1);
    const flags = argv.slice(0, script).filter((a, i, all) => a !== '--import' && all[i - 1] !== '--import');
    const r = spawnSync(process.execPath, [...flags, '-e', probe], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    // 64 MB of old generation plus the young generation's semi-spaces.
    expect(Number(r.stdout.trim())).toBeLessThan(200);
  });
});
