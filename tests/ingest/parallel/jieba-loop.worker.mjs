// Worker for stop-in-native.script.mjs: tags text with nodejieba forever, its calls fenced the way
// ingest/parallel/worker-task.ts fences them (unless workerData.bare).
import { workerData, parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';
import nodejieba from 'nodejieba';

register();
if (!workerData.bare) {
  const { fenceFunctions } = await import('../../../ingest/parallel/native-fence.ts');
  fenceFunctions(nodejieba, ['load', 'tag', 'cut'], () => [workerData.fence]);
}
nodejieba.load();
parentPort.postMessage('ready');
const text = '国务院关于加快推进全国一体化在线政务服务平台建设的指导意见，各省、自治区、直辖市人民政府，国务院各部委、各直属机构。'.repeat(100);
try {
  for (;;) nodejieba.tag(text);
} catch (e) {
  // The fence refused the next call: the thread waits, in JavaScript, to be terminated.
  if (e?.name !== 'FenceStopped') throw e;
  setInterval(() => {}, 1000);
}
