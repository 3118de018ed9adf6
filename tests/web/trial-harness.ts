// The researchers' and planners' trials (trial-*.browser.test.ts): one real family of tests/real ingested by the real
// pipeline once per file, served without Neo4j, opened in Debian's chromium. `useTrial` registers the suite's
// beforeAll/afterAll and hands back what the tests read once it has run.
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Snapshot } from '../../graph-schema/index.js';
import { runIngest } from '../../ingest/pipeline.js';
import { type Harness, startHarness } from './browser-harness.js';

export interface Trial {
  harness: Harness;
  snapshot: Snapshot;
  /** Errors the pages opened by the trial threw (newTestPage collects them). */
  pageErrors: string[];
  /** The key of the corpus document whose name starts with `prefix`. */
  doc(prefix: string): string;
}

/** Call inside a describe: ingests `tests/real/<set>/corpus` before the suite, closes the server and browser after it. */
export function useTrial(set: string): Trial {
  const corpus = join(import.meta.dirname, `../real/${set}/corpus`);
  const trial = {
    pageErrors: [] as string[],
    doc(prefix: string): string {
      const n = trial.snapshot.nodes.find((d) => d.attributes.type === 'Document' && d.attributes.inCorpus && d.attributes.name.startsWith(prefix));
      if (!n) throw new Error(`trial ${set}: no corpus document named ${prefix}…`);
      return n.key;
    },
  } as Trial;
  beforeAll(async () => {
    ({ snapshot: trial.snapshot } = await runIngest({ inputs: [corpus] }));
    trial.harness = await startHarness(trial.snapshot, 'Cypher is off: no Neo4j in this test run.');
  }, 300_000);
  afterAll(async () => {
    await trial.harness?.close();
  });
  return trial;
}
