import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One Neo4j server and one database are shared by the integration suites: run files one by one.
    fileParallelism: false,
    testTimeout: 60_000,
    // The first run fetches Neo4j from Maven Central.
    hookTimeout: 900_000,
    globalSetup: ['tests/setup/neo4j-global.ts'],
    reporters: ['default', './tests/setup/summary-reporter.ts'],
  },
});
