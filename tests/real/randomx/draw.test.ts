// The random extraction sets are the seeded draw of scripts/draw-extraction-sample.ts: (when the mirror is on this
// machine) re-running the draw gives the files the two sets hold, split the same way, all short, none reserved and
// none of another set's documents.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { body, draw, drawHeldOut, EXCLUDED_SETS, excludedSets, HELD_OUT_DRAWS, MAX_BYTES, sameShare, SIZE, type HeldOutDraw } from '../../../scripts/draw-extraction-sample.js';
import { MIRROR } from '../../../scripts/draw-random-sample.js';

type Sources = { files: { file: string; source: string; blob: string }[] };
const sources = (dir: string) => JSON.parse(readFileSync(new URL(`../${dir}/sources.json`, import.meta.url), 'utf8')) as Sources;

describe('the committed random extraction sets', () => {
  it('hold SIZE documents, half in each, none reserved and none of another set', () => {
    const dev = sources('randomx').files;
    const held = sources('randomx-heldout').files;
    expect(dev.length + held.length).toBe(SIZE);
    expect(dev.length).toBe(SIZE / 2);
    const others = new Set(EXCLUDED_SETS.flatMap((d) => (JSON.parse(readFileSync(new URL(`../../../${d}/sources.json`, import.meta.url), 'utf8')) as Partial<Sources>).files ?? []).map((f) => f.blob));
    for (const f of [...dev, ...held]) {
      expect(f.source).not.toMatch(/科学技术|科普/);
      expect(others.has(f.blob)).toBe(false);
      const dir = dev.includes(f) ? 'randomx' : 'randomx-heldout';
      const bytes = readFileSync(new URL(`../${dir}/corpus/${f.file}`, import.meta.url));
      expect(bytes.length).toBeLessThanOrEqual(MAX_BYTES);
      // unedited: the file's git blob id is the mirror's
      expect(createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')).toBe(f.blob);
    }
  });
});

describe.skipIf(!existsSync(MIRROR))('the committed sets against a fresh draw', () => {
  it('holds the seeded draw, split into the same dev and held-out halves', () => {
    const d = draw();
    expect(d.dev.map((e) => e.path).sort()).toEqual(sources('randomx').files.map((f) => f.source).sort());
    expect(d.held.map((e) => e.path).sort()).toEqual(sources('randomx-heldout').files.map((f) => f.source).sort());
  });
});

describe('the near-duplicate check of the session 25 draw', () => {
  const text = (set: string, file: string) => readFileSync(new URL(`../${set}/corpus/${file}`, import.meta.url), 'utf8');
  it('finds the 人脸识别 规定 drawn in session 24 to be randomz-heldout\'s text under another title', () => {
    const s24 = text('randoms-heldout', '最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定(2021-07-27).md');
    const z = text('randomz-heldout', '关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定.md');
    expect(sameShare(body(s24), body(z))).toBe(1);
  });
  it('tells two different regulations apart', () => {
    const a = text('randomr-heldout', '国家情报法(2018-04-27).md');
    const b = text('randomr-heldout', '人民调解法(2010-08-28).md');
    expect(sameShare(body(a), body(b))).toBeLessThan(0.9);
  });
  it('holds no drawn text that repeats a document of an earlier set', () => {
    const held = sources('randomr-heldout').files.map((f) => body(text('randomr-heldout', f.file)));
    const earlier = sources('randoms-heldout').files.map((f) => body(text('randoms-heldout', f.file)));
    for (const h of held) for (const e of earlier) expect(sameShare(h, e)).toBeLessThan(0.9);
  });
});

/** A held-out draw: its documents are unedited, none reserved, none of an earlier set (the previous draw's included),
 *  short where its pool was, and (with the mirror) the seeded draw. `minPool`: the least pool an uncapped draw must show
 *  (the capped randomy pool held 3,039, so a larger pool shows no cap; session 38's, after 31 more sets were excluded,
 *  holds exactly 3,039). */
function heldOutDraw(d: HeldOutDraw, previous: string | undefined) {
  describe(`the session ${d.session} held-out draw (${d.set})`, () => {
    const held = sources(d.set).files;
    const excluded = excludedSets(d);
    it(`holds ${d.size} unedited documents, none reserved and none of a set that existed before it${previous ? ` (${previous} included)` : ''}`, () => {
      expect(held.length).toBe(d.size);
      if (previous) expect(excluded).toContain(`tests/real/${previous}`);
      const others = new Set(excluded.flatMap((x) => (JSON.parse(readFileSync(new URL(`../../../${x}/sources.json`, import.meta.url), 'utf8')) as Partial<Sources>).files ?? []).map((f) => f.blob));
      for (const f of held) {
        expect(f.source).not.toMatch(/科学技术|科普/);
        expect(others.has(f.blob)).toBe(false);
        const bytes = readFileSync(new URL(`../${d.set}/corpus/${f.file}`, import.meta.url));
        if (d.pool === 'short') expect(bytes.length).toBeLessThanOrEqual(MAX_BYTES);
        expect(createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')).toBe(f.blob);
      }
    });
    it.skipIf(!existsSync(MIRROR))(`is the seeded draw${d.pool === 'short' ? '' : ', with no byte cap'}`, () => {
      const again = drawHeldOut(d);
      expect(again.held.map((e) => e.path).sort()).toEqual(held.map((f) => f.source).sort());
      if (d.pool !== 'short') expect(again.pool).toBeGreaterThanOrEqual(d.minPool ?? 3_040);
    });
  });
}

HELD_OUT_DRAWS.forEach((d, i) => heldOutDraw(d, HELD_OUT_DRAWS[i - 1]?.set));
