// loadSnapshot in a child process (load-child.ts), so the process that serves the explorer keeps
// answering while Neo4j loads. Same result, same all-or-nothing load and progress; the snapshot is
// read from its file (the one `npm start` / `npm run ingest` wrote), not copied across.
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AuthToken } from 'neo4j-driver';
import { GraphDbError, type GraphDbErrorCode } from './errors.js';
import type { LoadOptions, LoadReport } from './loader.js';

type Progress = Parameters<NonNullable<LoadOptions['onProgress']>>[0];

export interface ChildRequest {
  uri: string;
  auth?: AuthToken;
  database?: string;
  snapshotPath: string;
  /** Size knobs of the load (batchSize, maxBatchChars, atomicSwitchMax). */
  options?: Pick<LoadOptions, 'batchSize' | 'maxBatchChars' | 'atomicSwitchMax'>;
}
export type ChildReply =
  | { kind: 'progress'; progress: Progress }
  | { kind: 'done'; report: LoadReport }
  | { kind: 'failed'; name: string; code?: string; message: string };

export interface LoadInChildOptions extends ChildRequest {
  onProgress?: (p: Progress) => void;
  /** Aborting kills the child: the previous graph stays what queries see (loader.ts). */
  signal?: AbortSignal;
}

const CHILD = join(import.meta.dirname, 'load-child.ts');
// The child runs TypeScript as `npm start` does: through tsx's loader, found from this package.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export function loadInChild(options: LoadInChildOptions): Promise<LoadReport> {
  const { onProgress, signal, ...request } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(interrupted());
    const child = fork(CHILD, [], { execArgv: ['--import', TSX], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = (): void => {
      child.kill('SIGKILL');
      settle(() => reject(interrupted()));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('message', (reply: ChildReply) => {
      if (reply.kind === 'progress') onProgress?.(reply.progress);
      else if (reply.kind === 'done') settle(() => resolve(reply.report));
      else {
        const code = (reply.name === 'GraphDbError' ? reply.code : 'load') as GraphDbErrorCode;
        settle(() => reject(new GraphDbError(code, reply.message)));
      }
    });
    child.on('error', (err) => settle(() => reject(new GraphDbError('load', `neo4j/load-in-child: could not start the loader process (${err.message})`, { cause: err }))));
    // 'close', not 'exit': every message the child sent has been delivered by then.
    child.on('close', (code, sig) =>
      settle(() =>
        reject(new GraphDbError('load', `neo4j/load-in-child: the loader process ended (${code ?? sig}) before it reported; the graph is as before (a later load cleans up or completes it)`)),
      ),
    );
    child.send(request);
  });
}

function interrupted(): GraphDbError {
  return new GraphDbError('load', 'neo4j/load-in-child: the load was interrupted; the previous graph is still what queries see');
}
