// Prints, after vitest's own report, how many tests ran against the real Neo4j (#integration
// suites) and in the real browser (#browser suites), then one plain closing line of totals.
import type { Reporter, TestModule } from 'vitest/node';

type Tally = { passed: number; failed: number; skipped: number };

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const groups: Record<'neo4j' | 'browser' | 'all', Tally> = {
      neo4j: { passed: 0, failed: 0, skipped: 0 },
      browser: { passed: 0, failed: 0, skipped: 0 },
      all: { passed: 0, failed: 0, skipped: 0 },
    };
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        const key: keyof Tally = state === 'passed' ? 'passed' : state === 'failed' ? 'failed' : 'skipped';
        groups.all[key]++;
        if (t.fullName.includes('#integration')) groups.neo4j[key]++;
        if (t.fullName.includes('#browser')) groups.browser[key]++;
      }
    }
    const line = (t: Tally) => `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`;
    console.log(`\nNeo4j (real server) tests — ${line(groups.neo4j)}`);
    console.log(`Browser (Chromium) tests — ${line(groups.browser)}`);
    console.log(`tests: ${line(groups.all)}`);
  }
}
