// Worker for fence-order.test.ts: makes one fenced call through the fences a worker-task call passes
// (callFences: its task's and its pool's) and stops, counted into the first of them only, until
// the test lets it go: the window where a stop could otherwise strand a count.
import { workerData, parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { callFences, fenceFunctions } = await import('../../ingest/parallel/native-fence.ts');
const { pool, task, gate } = workerData;
const mod = { call: () => 'done' };
let first = true;
fenceFunctions(mod, ['call'], () => callFences(pool, task), () => {
  if (!first) return;
  first = false;
  Atomics.store(gate, 0, 1); // held: between the first fence entered and the next
  Atomics.notify(gate, 0);
  Atomics.wait(gate, 0, 1); // until the test stores 2
});
try {
  parentPort.postMessage(mod.call());
} catch (e) {
  parentPort.postMessage(e?.name ?? String(e));
}
setInterval(() => {}, 1000); // waits, in JavaScript, to be terminated
