// A worker thread stopped by the per-file clock must not keep a count in its pool's native-call
// fence (ingest/parallel/native-fence.ts): closing the pool waits for that count to reach 0, so a
// stranded count hung the batch (the rare file-clock hang: the clock terminated a thread that had
// entered the pool's fence and was being refused by its task's). A thread is held, on purpose, in
// the window between its two fences (the fences' test hook), and the clock's rule is applied
// there: terminate once the task's fence is stopped and quiet. No sleep: every wait is on a state.
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { newFence, quiet, STOP, stopAndDrain, stopFence } from '../../ingest/parallel/native-fence.js';

const count = (fence: Int32Array) => Atomics.load(fence, 0) & (STOP - 1);
/** Resolves once `cond` holds (checked every few ms); the bound is generous, never a race. */
async function until(cond: () => boolean, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`still waiting after ${ms / 1000} s: ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

let worker: Worker | undefined;
afterEach(async () => {
  await worker?.terminate();
  worker = undefined;
});

/** A thread held inside a fenced call, counted into the first fence it passes only. */
async function held() {
  const fences = { pool: newFence(), task: newFence(), gate: new Int32Array(new SharedArrayBuffer(4)) };
  worker = new Worker(new URL('./fence-window.worker.mjs', import.meta.url), { workerData: fences });
  const replies: string[] = [];
  worker.on('message', (m: string) => replies.push(m));
  await until(() => Atomics.load(fences.gate, 0) === 1, 'the thread to enter its first fence');
  const release = () => {
    Atomics.store(fences.gate, 0, 2);
    Atomics.notify(fences.gate, 0);
  };
  return { ...fences, release, replies };
}

describe('stopping a thread between its two native-call fences', () => {
  it('the per-file clock terminates it only once it holds no count: closing the pool then ends', async () => {
    const { pool, task, release, replies } = await held();
    // The clock fires: no native call of this task starts from now on.
    stopFence(task);
    // The thread is counted into its task's fence, so the clock must wait; it holds the pool's
    // fence only inside that (had it entered the pool's first, the task's fence would be quiet now
    // and the terminate below would strand a count in the pool's fence).
    expect(quiet(task)).toBe(false);
    expect(count(pool)).toBe(0);
    release();
    await until(() => quiet(task), "the task's fence to be quiet");
    // The call it had begun ran to its end (it was counted in before the stop).
    await until(() => replies.length > 0, 'the call to return');
    expect(replies).toEqual(['done']);
    await worker!.terminate();
    expect(count(pool)).toBe(0);
    // What runPerFile does as the batch ends: it returns, not waits for a count that cannot go.
    await stopAndDrain(pool);
    expect(quiet(pool)).toBe(true);
  });

  it('closing the pool while a thread is between its fences ends at once, and the thread is refused', async () => {
    const { pool, task, release, replies } = await held();
    stopFence(pool);
    // Held in its task's fence only: the pool is quiet and may terminate it now ...
    expect(quiet(pool)).toBe(true);
    // ... and, if let go first, its call is refused by the pool's fence, with nothing left counted.
    release();
    await until(() => replies.length > 0, 'the call to be refused');
    expect(replies).toEqual(['FenceStopped']);
    expect(count(pool)).toBe(0);
    expect(count(task)).toBe(0);
  });
});
