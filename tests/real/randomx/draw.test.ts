// The random extraction sets are the seeded draw of scripts/draw-extraction-sample.ts: (when the mirror is on this
// machine) re-running the draw gives the files the two sets hold, split the same way, all short, none reserved and
// none of another set's documents.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { body, draw, drawG, drawH, drawI, drawJ, drawK, drawL, drawM, drawN, drawO, drawP, drawQ, drawR, drawS, drawT, drawU, drawV, drawW, drawY, drawZ, EXCLUDED_SETS, EXCLUDED_SETS_G, EXCLUDED_SETS_H, EXCLUDED_SETS_I, EXCLUDED_SETS_J, EXCLUDED_SETS_K, EXCLUDED_SETS_L, EXCLUDED_SETS_M, EXCLUDED_SETS_N, EXCLUDED_SETS_O, EXCLUDED_SETS_P, EXCLUDED_SETS_Q, EXCLUDED_SETS_R, EXCLUDED_SETS_S, EXCLUDED_SETS_T, EXCLUDED_SETS_U, EXCLUDED_SETS_V, EXCLUDED_SETS_W, EXCLUDED_SETS_Y, EXCLUDED_SETS_Z, MAX_BYTES, sameShare, SIZE, SIZE_G, SIZE_H, SIZE_I, SIZE_J, SIZE_K, SIZE_L, SIZE_M, SIZE_N, SIZE_O, SIZE_P, SIZE_Q, SIZE_R, SIZE_S, SIZE_T, SIZE_U, SIZE_V, SIZE_W, SIZE_Y, SIZE_Z } from '../../../scripts/draw-extraction-sample.js';
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

describe('the session 20 held-out draw (randomy-heldout)', () => {
  const held = sources('randomy-heldout').files;
  it('holds SIZE_Y unedited short documents, none reserved and none of a set that existed before it', () => {
    expect(held.length).toBe(SIZE_Y);
    const others = new Set(EXCLUDED_SETS_Y.flatMap((d) => (JSON.parse(readFileSync(new URL(`../../../${d}/sources.json`, import.meta.url), 'utf8')) as Partial<Sources>).files ?? []).map((f) => f.blob));
    for (const f of held) {
      expect(f.source).not.toMatch(/科学技术|科普/);
      expect(others.has(f.blob)).toBe(false);
      const bytes = readFileSync(new URL(`../randomy-heldout/corpus/${f.file}`, import.meta.url));
      expect(bytes.length).toBeLessThanOrEqual(MAX_BYTES);
      expect(createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')).toBe(f.blob);
    }
  });
  it.skipIf(!existsSync(MIRROR))('is the seeded draw', () => {
    expect(drawY().held.map((e) => e.path).sort()).toEqual(held.map((f) => f.source).sort());
  });
});

/** An uncapped held-out draw: its documents are unedited, none reserved, none of an earlier set, and the seeded draw. */
/** `minPool`: the least pool the uncapped draw must show (the capped randomy pool held 3,039, so a larger pool shows no cap;
 *  session 38's uncapped pool, after 31 more sets than randomy's were excluded, holds exactly 3,039, so its bound is 3,039). */
function uncappedDraw(session: number, set: string, size: number, excluded: string[], previous: string, draw: () => { pool: number; held: { path: string }[] }, minPool = 3_040) {
  describe(`the session ${session} held-out draw (${set})`, () => {
    const held = sources(set).files;
    it(`holds ${size} unedited documents, none reserved and none of a set that existed before it (${previous} included)`, () => {
      expect(held.length).toBe(size);
      expect(excluded).toContain(`tests/real/${previous}`);
      const others = new Set(excluded.flatMap((d) => (JSON.parse(readFileSync(new URL(`../../../${d}/sources.json`, import.meta.url), 'utf8')) as Partial<Sources>).files ?? []).map((f) => f.blob));
      for (const f of held) {
        expect(f.source).not.toMatch(/科学技术|科普/);
        expect(others.has(f.blob)).toBe(false);
        const bytes = readFileSync(new URL(`../${set}/corpus/${f.file}`, import.meta.url));
        expect(createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')).toBe(f.blob);
      }
    });
    it.skipIf(!existsSync(MIRROR))('is the seeded draw, with no byte cap', () => {
      const d = draw();
      expect(d.held.map((e) => e.path).sort()).toEqual(held.map((f) => f.source).sort());
      expect(d.pool).toBeGreaterThanOrEqual(minPool);
    });
  });
}

uncappedDraw(21, 'randomz-heldout', SIZE_Z, EXCLUDED_SETS_Z, 'randomy-heldout', drawZ);
uncappedDraw(22, 'randomw-heldout', SIZE_W, EXCLUDED_SETS_W, 'randomz-heldout', drawW);
uncappedDraw(22, 'randomv-heldout', SIZE_V, EXCLUDED_SETS_V, 'randomw-heldout', drawV);
uncappedDraw(23, 'randomu-heldout', SIZE_U, EXCLUDED_SETS_U, 'randomv-heldout', drawU);
uncappedDraw(23, 'randomt-heldout', SIZE_T, EXCLUDED_SETS_T, 'randomu-heldout', drawT);
uncappedDraw(24, 'randoms-heldout', SIZE_S, EXCLUDED_SETS_S, 'randomt-heldout', drawS);
uncappedDraw(25, 'randomr-heldout', SIZE_R, EXCLUDED_SETS_R, 'randoms-heldout', drawR);
uncappedDraw(26, 'randomq-heldout', SIZE_Q, EXCLUDED_SETS_Q, 'randomr-heldout', drawQ);
uncappedDraw(27, 'randomp-heldout', SIZE_P, EXCLUDED_SETS_P, 'randomq-heldout', drawP);
uncappedDraw(28, 'randomo-heldout', SIZE_O, EXCLUDED_SETS_O, 'randomp-heldout', drawO);
uncappedDraw(29, 'randomn-heldout', SIZE_N, EXCLUDED_SETS_N, 'randomo-heldout', drawN);
uncappedDraw(30, 'randomm-heldout', SIZE_M, EXCLUDED_SETS_M, 'randomn-heldout', drawM);
uncappedDraw(31, 'randoml-heldout', SIZE_L, EXCLUDED_SETS_L, 'randomm-heldout', drawL);

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
uncappedDraw(32, 'randomk-heldout', SIZE_K, EXCLUDED_SETS_K, 'randoml-heldout', drawK);
uncappedDraw(33, 'randomj-heldout', SIZE_J, EXCLUDED_SETS_J, 'randomk-heldout', drawJ);
uncappedDraw(34, 'randomi-heldout', SIZE_I, EXCLUDED_SETS_I, 'randomj-heldout', drawI);
uncappedDraw(35, 'randomh-heldout', SIZE_H, EXCLUDED_SETS_H, 'randomi-heldout', drawH);
uncappedDraw(38, 'randomg-heldout', SIZE_G, EXCLUDED_SETS_G, 'randomh-heldout', drawG, 3_039);
