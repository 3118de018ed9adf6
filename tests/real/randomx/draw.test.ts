// The random extraction sets are the seeded draw of scripts/draw-extraction-sample.ts: (when the mirror is on this
// machine) re-running the draw gives the files the two sets hold, split the same way, all short, none reserved and
// none of another set's documents.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draw, drawW, drawY, drawZ, EXCLUDED_SETS, EXCLUDED_SETS_W, EXCLUDED_SETS_Y, EXCLUDED_SETS_Z, MAX_BYTES, SIZE, SIZE_W, SIZE_Y, SIZE_Z } from '../../../scripts/draw-extraction-sample.js';
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

describe('the session 21 held-out draw (randomz-heldout)', () => {
  const held = sources('randomz-heldout').files;
  it('holds SIZE_Z unedited documents, none reserved and none of a set that existed before it (randomy-heldout included)', () => {
    expect(held.length).toBe(SIZE_Z);
    expect(EXCLUDED_SETS_Z).toContain('tests/real/randomy-heldout');
    const others = new Set(EXCLUDED_SETS_Z.flatMap((d) => (JSON.parse(readFileSync(new URL(`../../../${d}/sources.json`, import.meta.url), 'utf8')) as Partial<Sources>).files ?? []).map((f) => f.blob));
    for (const f of held) {
      expect(f.source).not.toMatch(/科学技术|科普/);
      expect(others.has(f.blob)).toBe(false);
      const bytes = readFileSync(new URL(`../randomz-heldout/corpus/${f.file}`, import.meta.url));
      expect(createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')).toBe(f.blob);
    }
  });
  it.skipIf(!existsSync(MIRROR))('is the seeded draw, with no byte cap', () => {
    const d = drawZ();
    expect(d.held.map((e) => e.path).sort()).toEqual(held.map((f) => f.source).sort());
    expect(d.pool).toBeGreaterThan(3_039); // the capped randomy pool held 3,039
  });
});

describe('the session 22 held-out draw (randomw-heldout)', () => {
  const held = sources('randomw-heldout').files;
  it('holds SIZE_W unedited documents, none reserved and none of a set that existed before it (randomz-heldout included)', () => {
    expect(held.length).toBe(SIZE_W);
    expect(EXCLUDED_SETS_W).toContain('tests/real/randomz-heldout');
    const others = new Set(EXCLUDED_SETS_W.flatMap((d) => (JSON.parse(readFileSync(new URL(`../../../${d}/sources.json`, import.meta.url), 'utf8')) as Partial<Sources>).files ?? []).map((f) => f.blob));
    for (const f of held) {
      expect(f.source).not.toMatch(/科学技术|科普/);
      expect(others.has(f.blob)).toBe(false);
      const bytes = readFileSync(new URL(`../randomw-heldout/corpus/${f.file}`, import.meta.url));
      expect(createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')).toBe(f.blob);
    }
  });
  it.skipIf(!existsSync(MIRROR))('is the seeded draw, with no byte cap', () => {
    const d = drawW();
    expect(d.held.map((e) => e.path).sort()).toEqual(held.map((f) => f.source).sort());
    expect(d.pool).toBeGreaterThan(3_039);
  });
});
