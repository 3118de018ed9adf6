// `npm start` on a large folder says what it is doing while it ingests (session 22: the whole law
// mirror gave 3 minutes of silence, then only the linker's line, then 5 more minutes).
import { describe, expect, it } from 'vitest';
import { ingestProgress, loadProgress } from '../../scripts/start-progress.js';

describe('npm start ingest progress', () => {
  it('names the file count at once, a count of files read at most every interval and at the end, and the later phases', () => {
    const lines: string[] = [];
    let t = 0;
    const p = ingestProgress((l) => lines.push(l), { everyMs: 10_000, now: () => t });
    p.onPhase('perFile');
    for (let done = 1; done <= 3454; done++) {
      t = done * 100; // 0.1 s per file: 345 s in all
      p.onProgress({ done, total: 3454 });
    }
    p.onPhase('merge');
    p.onPhase('link');
    p.onPhase('snapshot');
    expect(lines[0]).toBe('reading 3,454 files …');
    const counts = lines.filter((l) => l.startsWith('read '));
    // one line per 10 s of a 345 s read, plus the last: not one per file, not none
    expect(counts.length).toBeGreaterThanOrEqual(30);
    expect(counts.length).toBeLessThanOrEqual(36);
    expect(counts.at(-1)).toMatch(/^read 3,454 of 3,454 files \(100 %, 345 s\)$/);
    expect(lines.slice(-3)).toEqual([
      expect.stringMatching(/merging/),
      expect.stringMatching(/^linking/),
      expect.stringMatching(/snapshot/),
    ]);
  });
  it('a single file gives one count line', () => {
    const lines: string[] = [];
    const p = ingestProgress((l) => lines.push(l), { now: () => 0 });
    p.onProgress({ done: 1, total: 1 });
    expect(lines).toEqual(['reading 1 file …', 'read 1 of 1 files (100 %, 0 s)']);
  });
});

describe('npm start Neo4j load progress', () => {
  it('one line as each phase starts, then its count at most every interval', () => {
    const lines: string[] = [];
    let t = 0;
    const p = loadProgress((l) => lines.push(l), { everyMs: 10_000, now: () => t });
    p({ phase: 'diff', done: 191_555, total: 541_598 });
    for (let done = 5000; done <= 541_598; done += 5000) {
      t += 1000; // 1 s per 5,000 rows: 108 s
      p({ phase: 'staging', done, total: 541_598 });
    }
    for (let i = 1; i <= 17; i++) {
      t += 20_000;
      p({ phase: 'switch', done: i, total: 17 });
    }
    expect(lines[0]).toMatch(/^Neo4j: comparing/);
    expect(lines[1]).toMatch(/^Neo4j: writing nodes and relationships …$/);
    const staging = lines.filter((l) => l.startsWith('Neo4j: writing nodes and relationships:'));
    expect(staging.length).toBeGreaterThanOrEqual(9);
    expect(staging.length).toBeLessThanOrEqual(11);
    expect(staging[0]).toMatch(/of 541,598 rows$/);
    expect(lines.filter((l) => l.includes('old one is removed'))).toHaveLength(17);
  });
});
