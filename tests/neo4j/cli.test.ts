import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { smallSnapshot } from './fixtures.js';
import { neo4jOrSkip } from './helpers.js';

const server = neo4jOrSkip();

function load(file: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'neo4j/cli.ts', file], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
  });
}

server.describe('#integration load CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-graph-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads a valid snapshot and prints a one-line summary', () => {
    const file = join(dir, 'snapshot.json');
    writeFileSync(file, JSON.stringify(smallSnapshot()));
    const run = load(file);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/^loaded .* 17 nodes .* 20 relationships/);
  });

  it('exits 1 listing the first schema issues of an invalid snapshot', () => {
    const file = join(dir, 'invalid.json');
    const snapshot = smallSnapshot() as unknown as { nodes: { attributes: Record<string, unknown> }[] };
    delete snapshot.nodes[0].attributes.name;
    writeFileSync(file, JSON.stringify(snapshot));
    const run = load(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/not a valid snapshot[\s\S]*at nodes\.0\.attributes\.name/);
  });
});
