// A fence around the native jieba binding in worker threads. Stopping a thread (worker.terminate(),
// which piscina does when a task is aborted and when the pool is destroyed) while it is inside a
// nodejieba call aborts the WHOLE process: the binding builds its result array after V8 has begun
// terminating the thread, node-addon-api turns the refused napi call into a C++ Napi::Error, and
// throwing that as a JavaScript exception fails too, so C++ calls std::terminate ("terminate called
// after throwing an instance of 'Napi::Error'"). Reproduced by tests/ingest/parallel/stop-in-native.
//
// So a thread is stopped only while none of its native calls runs. A fence is one shared Int32 cell:
// the count of native calls in progress, plus a STOP bit. A thread enters a call only if STOP is not
// set (compare-and-swap, so the two cannot cross); the main thread sets STOP, waits until the count
// is 0, and only then terminates: from then on the thread can only run JavaScript, which V8 stops
// cleanly. A call refused by STOP throws FenceStopped in the thread (its task ends; nothing is lost:
// the file is refused as too-slow, or the pool was being closed).
//
// A call passes two fences: its task's (stopped by the per-file clock, which then terminates that one
// thread) and its pool's (stopped when the pool closes, which then waits for it to reach 0). They are
// entered task first and left in reverse, so a thread holds the pool's count only while it holds its
// task's: once the task's fence is quiet the thread holds no count at all. Entered the other way, the
// clock could terminate a thread that had counted itself into the pool's fence and was just being
// refused by its task's: that count never went back to 0 and closing the pool waited for it forever
// (the rare file-clock hang; tests/hostile/fence-order.test.ts holds a thread in that window).
export const STOP = 1 << 30;
const COUNT = STOP - 1;

export class FenceStopped extends Error {
  constructor() {
    super('the worker thread is being stopped');
    this.name = 'FenceStopped';
  }
}

export function newFence(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}

/** Counts one native call in; false (and nothing counted) when the fence is stopped. */
export function tryEnter(fence: Int32Array): boolean {
  for (;;) {
    const s = Atomics.load(fence, 0);
    if (s & STOP) return false;
    if (Atomics.compareExchange(fence, 0, s, s + 1) === s) return true;
  }
}

export function leave(fence: Int32Array): void {
  Atomics.sub(fence, 0, 1);
}

/** Sets STOP: no native call starts after this returns. */
export function stopFence(fence: Int32Array): void {
  Atomics.or(fence, 0, STOP);
}

/** True once STOP is set and no native call is in progress: the thread may be terminated. */
export function quiet(fence: Int32Array): boolean {
  const s = Atomics.load(fence, 0);
  return (s & STOP) !== 0 && (s & COUNT) === 0;
}

/** Sets STOP and resolves once no native call is in progress (a jieba call takes milliseconds). */
export async function stopAndDrain(fence: Int32Array, pollMs = 2): Promise<void> {
  stopFence(fence);
  while (!quiet(fence)) await new Promise((r) => setTimeout(r, pollMs));
}

/** The fences a native call passes, in the order it enters them (see the top of this file): the
 *  running task's first, the pool's last. */
export function callFences(pool: Int32Array | undefined, task: Int32Array | undefined): Int32Array[] {
  return [task, pool].filter((f): f is Int32Array => f !== undefined);
}

/**
 * Wraps the named functions of a module object (nodejieba's exports) so that every call passes the
 * fences `current()` returns (callFences), entered in that order and left in reverse. Calls nest
 * (jieba's wrappers call its load()): only the outermost call counts. `entered` (tests only) runs
 * after each fence is entered: a test can hold a thread there.
 */
export function fenceFunctions(mod: Record<string, unknown>, names: string[], current: () => Int32Array[], entered?: (fence: Int32Array) => void): void {
  let depth = 0;
  const leaveAll = (held: Int32Array[]) => {
    for (let i = held.length - 1; i >= 0; i--) leave(held[i]);
  };
  for (const name of names) {
    const f = mod[name];
    if (typeof f !== 'function') continue;
    mod[name] = function (this: unknown, ...args: unknown[]) {
      if (depth > 0) {
        depth++;
        try {
          return f.apply(this, args);
        } finally {
          depth--;
        }
      }
      const held: Int32Array[] = [];
      for (const fence of current()) {
        if (!tryEnter(fence)) {
          leaveAll(held);
          throw new FenceStopped();
        }
        held.push(fence);
        entered?.(fence);
      }
      depth = 1;
      try {
        return f.apply(this, args);
      } finally {
        depth = 0;
        leaveAll(held);
      }
    };
  }
}
