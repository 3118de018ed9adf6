// Worker thread entry of the shipped layout (static-layout.ts computeStaticLayoutInWorker): runs
// the ForceAtlas2 slices with no pause (this thread has nothing else to serve) and posts the
// rounded positions back. Plain JavaScript: it loads under node, tsx and vitest alike.
import { parentPort, workerData } from 'node:worker_threads';
import { fa2Slices } from './fa2-slices.js';

const run = fa2Slices(workerData);
let step = run.next();
while (!step.done) step = run.next();
parentPort.postMessage(step.value);
