// Child process for stop-in-native.test.ts: starts a thread that runs nodejieba calls without end
// and stops it after a random delay, `rounds` times. `fenced`: the way ingest/parallel/pool.ts stops
// a thread (stopAndDrain on its fence, then terminate); `bare`: terminate at once.
import { Worker } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { newFence, stopAndDrain } = await import('../../../ingest/parallel/native-fence.ts');
const [mode, rounds] = [process.argv[2], Number(process.argv[3] ?? 10)];
for (let i = 0; i < rounds; i++) {
  const fence = newFence();
  const w = new Worker(new URL('./jieba-loop.worker.mjs', import.meta.url), { workerData: { fence, bare: mode === 'bare' } });
  await new Promise((r) => w.once('message', r));
  await new Promise((r) => setTimeout(r, Math.random() * 40));
  if (mode === 'fenced') await stopAndDrain(fence);
  await w.terminate();
  console.log(`stopped ${i + 1}`);
}
