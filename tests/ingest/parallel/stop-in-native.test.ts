// A worker thread stopped while inside nodejieba aborts the whole process ("terminate called after
// throwing an instance of 'Napi::Error'", issue 11: a vitest fork died that way, when the per-file
// clock stopped a thread mid-extraction). The pool stops a thread only through its fence
// (ingest/parallel/native-fence.ts). Runs happen in child processes, so that an abort fails this
// test instead of killing the test runner.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, 'stop-in-native.script.mjs');
function run(mode: 'fenced' | 'bare', rounds: number) {
  return new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(process.execPath, [script, mode, String(rounds)], { maxBuffer: 1 << 24, timeout: 300_000 }, (_e, stdout, stderr) =>
      resolve({ code: child.exitCode, signal: child.signalCode, stdout, stderr }),
    );
  });
}

describe('stopping a worker thread during a jieba call', () => {
  it('terminating a thread inside nodejieba at once aborts the process (the crash this guards against)', async () => {
    const bare = await run('bare', 30);
    expect(bare.signal ?? bare.code).not.toBe(0);
    expect(bare.stderr).toMatch(/terminate called after throwing an instance of 'Napi::Error'/);
  }, 300_000);

  it('through the fence, 8 threads stopped mid-call leave the process running', async () => {
    const fenced = await run('fenced', 8);
    expect(fenced.stderr).not.toMatch(/terminate called|Napi::Error/);
    expect({ code: fenced.code, signal: fenced.signal }).toEqual({ code: 0, signal: null });
    expect(fenced.stdout.trim().split('\n').at(-1)).toBe('stopped 8');
  }, 300_000);
});
