// The researchers' and planners' trials (trial-*.browser.test.ts): one real family of tests/real ingested by the real
// pipeline once per file, served without Neo4j, opened in Debian's chromium. `useTrial` registers the suite's
// beforeAll/afterAll and hands back what the tests read once it has run.
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Snapshot } from '../../graph-schema/index.js';
import { runIngest } from '../../ingest/pipeline.js';
import type { Page } from 'playwright-core';
import { LANGUAGE_KEY } from '../../web/src/i18n/index.js';
import { type Harness, newTestPage, startHarness } from './browser-harness.js';

export interface Trial {
  harness: Harness;
  snapshot: Snapshot;
  /** Errors the pages opened by the trial threw (newTestPage collects them). */
  pageErrors: string[];
  /** The key of the corpus document whose name starts with `prefix`. */
  doc(prefix: string): string;
  /** A new page of the served explorer in `lang` at `size`, opened at `query` (what follows the server's `/`). */
  open(lang: 'zh' | 'en', size: { width: number; height: number }, query: string, downloads?: boolean): Promise<Page>;
}

/**
 * The trials of this file, by set: suites of one file that read the same set share one ingest, one server and one
 * Chromium (session 40: CI started one per suite; trial-energy and trial-elderly run two suites each, tests/web/trials).
 * A module holds one file's suites (vitest loads the modules of each test file apart).
 */
const shared = new Map<string, { trial: Trial; users: number; ready?: Promise<void> }>();

/** Call inside a describe: ingests `tests/real/<set>/corpus` before the suite (once for every suite of the file that
 *  reads the set), closes the server and browser after the last of them. */
export function useTrial(set: string): Trial {
  let entry = shared.get(set);
  if (!entry) {
    const trial = {
      pageErrors: [] as string[],
      doc(prefix: string): string {
        const n = trial.snapshot.nodes.find((d) => d.attributes.type === 'Document' && d.attributes.inCorpus && d.attributes.name.startsWith(prefix));
        if (!n) throw new Error(`trial ${set}: no corpus document named ${prefix}…`);
        return n.key;
      },
      async open(lang: 'zh' | 'en', size: { width: number; height: number }, query: string, downloads = false): Promise<Page> {
        const page = await newTestPage(trial.harness.browser, trial.pageErrors, { ...size, acceptDownloads: downloads });
        await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [LANGUAGE_KEY, lang]);
        await page.goto(`${trial.harness.served.url}/${query}`);
        return page;
      },
    } as Trial;
    const made = { trial, users: 0 };
    shared.set(set, made);
    entry = made;
  }
  const own = entry;
  own.users++;
  beforeAll(async () => {
    own.ready ??= (async () => {
      const corpus = join(import.meta.dirname, `../real/${set}/corpus`);
      ({ snapshot: own.trial.snapshot } = await runIngest({ inputs: [corpus] }));
      own.trial.harness = await startHarness(own.trial.snapshot, 'Cypher is off: no Neo4j in this test run.');
    })();
    await own.ready;
  }, 300_000);
  afterAll(async () => {
    if (--own.users === 0) {
      shared.delete(set);
      await own.trial.harness?.close();
    }
  });
  return own.trial;
}
