// The bundled worker's threads start without tsx's loader (session 26): tsx's flags are dropped
// whichever way they were given, every other flag of the process is kept in its order.
import { describe, expect, it } from 'vitest';
import { bundleExecArgv } from '../../../ingest/parallel/bundle.js';

describe('bundleExecArgv', () => {
  it('drops the loader the tsx command adds and keeps the rest', () => {
    const argv = ['--cpu-prof', '--require', '/repo/node_modules/tsx/dist/preflight.cjs', '--import', 'file:///repo/node_modules/tsx/dist/loader.mjs', '--max-old-space-size=4096'];
    expect(bundleExecArgv(argv)).toEqual(['--cpu-prof', '--max-old-space-size=4096']);
  });

  it('drops node --import tsx and --import=tsx, keeps another --import', () => {
    expect(bundleExecArgv(['--import', 'tsx', '--import=tsx/esm', '--import', './setup.mjs', '--require', './tsxish.cjs'])).toEqual(['--import', './setup.mjs', '--require', './tsxish.cjs']);
  });

  it('leaves flags without tsx as they are', () => {
    expect(bundleExecArgv([])).toEqual([]);
    expect(bundleExecArgv(['--enable-source-maps', '--stack-size=2000'])).toEqual(['--enable-source-maps', '--stack-size=2000']);
  });
});
