// The linker's prepared texts and indexes built once in shared memory (ingest/link/parallel.ts)
// give the links the linker builds for itself, and are refused for other measures.
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../ingest/link/align.js';
import { buildLinkIndexes, linkMeasures, withLinkIndexes, type LinkUnit } from '../../../ingest/link/implements.js';
import { linkOptions } from '../../../ingest/link/options.js';
import { buildPreparedStore, preparedOf } from '../../../ingest/link/prepared-store.js';

const boilerplate = ['认真贯彻落实', '各级人民政府'];
const texts = [
  '各级人民政府要认真贯彻落实，加强基层科普设施建设，推动科技馆免费开放。',
  '加强基层科普设施建设，推动县级科技馆免费开放；支持流动科技馆巡展。',
  '完善农村饮水安全工程，提高供水保障水平。',
  '实施农村饮水安全巩固提升工程，提高农村集中供水率和自来水普及率。',
  '',
];
const units: LinkUnit[] = texts.map((text, i) => ({
  id: `m${i}`,
  docIndex: i % 2 === 0 ? 0 : 1,
  offset: 0,
  text,
  entities: new Set(text.includes('科技馆') ? ['facility:科技馆'] : []),
  words: text.match(/[\u4e00-\u9fff]{2}/g) ?? [],
}));

describe('shared link indexes', () => {
  it('the store gives back what prepare() gives, clause by clause', () => {
    const store = buildPreparedStore(texts, boilerplate, true);
    expect(store.masked.buffer).toBeInstanceOf(SharedArrayBuffer);
    texts.forEach((t, i) => {
      const [a, b] = [prepare(t, boilerplate), preparedOf(store, i, t)];
      expect(b.masked).toBe(a.masked);
      expect(b.substance).toBe(a.substance);
      expect(b.clauses.map((c) => [c.start, c.end, [...c.bigrams]])).toEqual(a.clauses.map((c) => [c.start, c.end, [...c.bigrams]]));
    });
  });

  it('links through indexes built beforehand in shared memory are the linker\'s own links', () => {
    const o = linkOptions({});
    const own = linkMeasures(units, (l, h) => l !== h, boilerplate, o, true);
    expect(own.length).toBeGreaterThan(0);
    const shared = buildLinkIndexes(units, boilerplate, o, units.map(() => ''), true);
    expect(shared.wordKeys.keys.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect([...shared.shingleIndex.values()][0].units.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(withLinkIndexes(shared, () => linkMeasures(units, (l, h) => l !== h, boilerplate, o, true))).toEqual(own);
  });

  it('refuses indexes built for other measures', () => {
    const o = linkOptions({});
    const shared = buildLinkIndexes(units.slice(1), boilerplate, o, units.slice(1).map(() => ''), true);
    expect(() => withLinkIndexes(shared, () => linkMeasures(units, () => true, boilerplate, o))).toThrow(/other measures/);
  });
});
