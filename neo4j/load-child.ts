// The loader's own process (forked by load-in-child.ts): reads the snapshot file, connects with the
// address and login it is sent, runs loadSnapshot and sends its progress and its report back. A
// load blocks its event loop for seconds at a time (planLoad hashes every row: 1.3 s for 10k
// nodes, 38 s for 50k under load; encoding 4 MB batches), which in the server's process held every
// page request behind it (session 22: the page took 189 s to appear while a load ran).
// Killing this process is safe: the loader is all-or-nothing (loader.ts), the next load cleans up.
import neo4j from 'neo4j-driver';
import { DRIVER_CONFIG } from './connection.js';
import { loadSnapshot, type LoadOptions } from './loader.js';
import { readSnapshotFile } from './snapshot-file.js';
import type { ChildReply, ChildRequest } from './load-in-child.js';

const send = (reply: ChildReply): Promise<void> =>
  new Promise((resolve) => (process.send ? process.send(reply, () => resolve()) : resolve()));

// The server went away (stopped, or killed): a load with nobody to report to ends here.
process.on('disconnect', () => process.exit(1));

process.once('message', async (request: ChildRequest) => {
  let driver: ReturnType<typeof neo4j.driver> | undefined;
  try {
    const snapshot = await readSnapshotFile(request.snapshotPath);
    driver = neo4j.driver(request.uri, request.auth, DRIVER_CONFIG);
    const options: LoadOptions = {
      ...request.options,
      database: request.database,
      onProgress: (progress) => void send({ kind: 'progress', progress }),
    };
    const report = await loadSnapshot(driver, snapshot, options);
    await send({ kind: 'done', report });
  } catch (err) {
    const e = err as { name?: string; code?: string; message?: string };
    await send({ kind: 'failed', name: e?.name ?? 'Error', code: e?.code, message: e?.message ?? String(err) });
  } finally {
    await driver?.close().catch(() => {});
    process.disconnect?.();
  }
});
