// The bundled worker's threads start without tsx's loader (session 26): tsx's flags are dropped
// whichever way they were given, every other flag of the process is kept in its order.
import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { bundleExecArgv } from '../../../ingest/parallel/bundle.js';

describe('bundleExecArgv', () => {
  it('drops the loader the tsx command adds and keeps the rest', () => {
    const argv = ['--cpu-prof', '--require', '/repo/node_modules/tsx/dist/preflight.cjs', '--import', 'file:///repo/node_modules/tsx/dist/loader.mjs', '--max-old-space-size=4096'];
    expect(bundleExecArgv(argv)).toEqual(['--cpu-prof']);
  });

  it('drops node --import tsx and --import=tsx, keeps another --import', () => {
    expect(bundleExecArgv(['--import', 'tsx', '--import=tsx/esm', '--import', './setup.mjs', '--require', './tsxish.cjs'])).toEqual(['--import', './setup.mjs', '--require', './tsxish.cjs']);
  });

  it('leaves flags without tsx as they are', () => {
    expect(bundleExecArgv([])).toEqual([]);
    expect(bundleExecArgv(['--enable-source-maps', '--inspect-port=0'])).toEqual(['--enable-source-maps', '--inspect-port=0']);
  });

  it('drops what a Worker refuses explicitly, so a process run with a heap limit still starts its threads', async () => {
    const argv = ['--max-old-space-size=1024', '--enable-source-maps', '--stack-size', '2000', '--max_semi_space_size=16', '--expose-gc'];
    expect(bundleExecArgv(argv)).toEqual(['--enable-source-maps']);
    // The thread starts with them (it threw ERR_WORKER_INVALID_EXEC_ARGV with the heap flag kept).
    const worker = new Worker('require("node:worker_threads").parentPort.postMessage(42)', { eval: true, execArgv: bundleExecArgv(argv) });
    const answer = await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
    expect(answer).toBe(42);
    await worker.terminate();
    expect(() => new Worker('', { eval: true, execArgv: ['--max-old-space-size=1024'] })).toThrow(/execArgv/);
  });
});
