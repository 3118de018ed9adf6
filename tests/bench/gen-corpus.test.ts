// The synthetic corpus generator: same seed, same bytes; formats and encodings mixed; the
// planted links point from a lower plan's measure to a measure of its parent plan.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/gen-corpus.js';
import { planCorpus } from '../../bench/gen/plans.js';

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), 'pg-gen-test-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function digest(dir: string): string {
  const h = createHash('sha256');
  for (const f of readdirSync(join(dir, 'docs')).sort()) h.update(f).update(readFileSync(join(dir, 'docs', f)));
  return h.update(readFileSync(join(dir, 'planted.json'))).digest('hex');
}

describe('gen-corpus', () => {
  it('writes the same bytes for the same seed and different ones for another seed', async () => {
    const [a, b, c] = [fresh(), fresh(), fresh()];
    await generateCorpus(40, 7, a);
    await generateCorpus(40, 7, b);
    await generateCorpus(40, 8, c);
    expect(digest(a)).toBe(digest(b));
    expect(digest(a)).not.toBe(digest(c));
  });

  it('mixes formats and encodings, and plants links and gaps between a plan and its parent', async () => {
    const dir = fresh();
    const result = await generateCorpus(60, 1, dir);
    expect(result.files).toBe(60);
    expect(Object.values(result.formats).every((n) => n > 0)).toBe(true);
    const files = readdirSync(join(dir, 'docs'));
    const gbk = files.find((f) => f.endsWith('.txt') && !readFileSync(join(dir, 'docs', f)).toString('utf8').includes('科协'))!;
    expect(iconv.decode(readFileSync(join(dir, 'docs', gbk)), 'gbk')).toContain('科协');
    const planted = JSON.parse(readFileSync(join(dir, 'planted.json'), 'utf8'));
    expect(planted.links.length).toBeGreaterThan(100);
    expect(planted.gaps.length).toBeGreaterThan(10);
    const byTitle = new Map(planted.documents.map((d: { title: string; parent: string | null }) => [`doc:${d.title}`, d.parent]));
    for (const link of planted.links) {
      const [lowerDoc] = link.lower.split('#');
      const [higherDoc] = link.higher.split('#');
      expect(`doc:${byTitle.get(lowerDoc)}`).toBe(higherDoc);
    }
    const levels = new Set(planted.documents.map((d: { level: string }) => d.level));
    expect([...levels].sort()).toEqual(['municipal', 'national', 'provincial']);
  });

  it('dates every lower plan on or after the plan it carries down (every planted link is one the date rule allows)', () => {
    const pool = Array.from({ length: 40 }, (_, i) => `第${i}条测试措施，加强科普工作。`);
    const plans = planCorpus(400, 3, pool);
    const day = (d: string) => {
      const [, y, m, dd] = /(\d+)年(\d+)月(\d+)日/.exec(d)!.map(Number);
      return y * 400 + m * 31 + dd;
    };
    const byTitle = new Map(plans.map((p) => [p.title, p]));
    const lower = plans.filter((p) => p.parent);
    expect(lower.length).toBeGreaterThan(300);
    for (const p of lower) expect(day(p.date)).toBeGreaterThanOrEqual(day(byTitle.get(p.parent!)!.date));
  });
});
