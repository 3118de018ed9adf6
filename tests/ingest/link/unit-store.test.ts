// The measures a link thread reads from shared memory (ingest/link/unit-store.ts) are the measures
// the main thread built: every field, in order, after the trip a thread's input makes (structured
// clone: the SharedArrayBuffers are shared, not copied); and the linker gives the same links from them.
import { describe, expect, it } from 'vitest';
import { buildLinkIndexes, linkMeasures, withLinkIndexes, type LinkUnit } from '../../../ingest/link/implements.js';
import { linkOptions } from '../../../ingest/link/options.js';
import { buildUnitStore, readUnitStore } from '../../../ingest/link/unit-store.js';

const long = '加强基层科普设施建设，推动县级科技馆免费开放。'.repeat(800); // > 8,192 code units
const units: LinkUnit[] = [
  { id: '文件甲#第一条', docIndex: 0, offset: 0, text: '各级人民政府要认真贯彻落实，加强基层科普设施建设，推动科技馆免费开放。', entities: new Set(['facility:科技馆', 'org:各级人民政府']), words: ['加强', '基层', '科普', '设施', '建设', '科普'], genre: 'plan', frame: false },
  { id: '文件甲#序言', docIndex: 0, offset: 40, text: '为了规范志愿服务，制定本条例。', entities: new Set(), words: ['规范', '志愿', '服务'], genre: 'regulation', frame: true, role: 'purpose' },
  { id: '文件乙#第二章/第十条', docIndex: 1, offset: 7, text: '违反本条例规定的，由有关部门责令改正。', entities: new Set(['org:有关部门']), words: ['违反', '条例', '责令', '改正'], genre: 'regulation', group: 'penalty', actors: ['organisation', 'public-body'] },
  { id: '文件乙#第二条', docIndex: 1, offset: 120, text: long, entities: new Set(['org:各级人民政府', 'facility:科技馆']), words: [], genre: 'plan', stages: ['受理', '审查'] },
  { id: 'd3#𠀀', docIndex: 3, offset: 0, text: '𠀀𠀁 surrogate pairs and ASCII', entities: new Set(['term:𠀀']), words: ['𠀀'] },
  { id: 'd3#empty', docIndex: 3, offset: 9, text: '', entities: new Set(), words: [] },
];

const fields = (u: LinkUnit) => ({ id: u.id, docIndex: u.docIndex, offset: u.offset, text: u.text, entities: [...u.entities], words: u.words, frame: !!u.frame, group: u.group, genre: u.genre, role: u.role, actors: u.actors ?? [], stages: u.stages ?? [] });

describe('link units in shared memory', () => {
  it('a thread reads back every field of every unit, entities and words in their order', () => {
    const store = buildUnitStore(units);
    for (const a of [store.docIndex, store.offset, store.flags, store.group, store.ids.chars, store.texts.chars, store.entity, store.word, store.wordNames.chars]) expect(a.buffer).toBeInstanceOf(SharedArrayBuffer);
    const inThread = structuredClone(store);
    expect(inThread.texts.chars.buffer).toBeInstanceOf(SharedArrayBuffer);
    const read = readUnitStore(inThread);
    expect(read.length).toBe(units.length);
    expect(read.map(fields)).toEqual(units.map(fields));
    expect(read[3].text.length).toBe(long.length);
  });

  it('without the words, every other field is the same and the words are empty', () => {
    const read = readUnitStore(structuredClone(buildUnitStore(units, false)));
    expect(read.map((u) => ({ ...fields(u), words: [] }))).toEqual(units.map((u) => ({ ...fields(u), words: [] })));
    expect(read.every((u) => u.words.length === 0)).toBe(true);
  });

  it('no units: an empty store', () => {
    expect(readUnitStore(structuredClone(buildUnitStore([])))).toEqual([]);
  });

  it('the linker gives the same links from the stored units as from the units themselves', () => {
    const texts = [
      '各级人民政府要认真贯彻落实，加强基层科普设施建设，推动科技馆免费开放。',
      '加强基层科普设施建设，推动县级科技馆免费开放；支持流动科技馆巡展。',
      '完善农村饮水安全工程，提高供水保障水平。',
      '实施农村饮水安全巩固提升工程，提高农村集中供水率和自来水普及率。',
    ];
    const own: LinkUnit[] = texts.map((text, i) => ({
      id: `m${i}`,
      docIndex: i % 2,
      offset: 3 * i,
      text,
      entities: new Set(text.includes('科技馆') ? ['facility:科技馆'] : []),
      words: text.match(/[\u4e00-\u9fff]{2}/g) ?? [],
      frame: false,
    }));
    const o = linkOptions({});
    const boilerplate = ['认真贯彻落实'];
    const expected = linkMeasures(own, (l, h) => l !== h, boilerplate, o, true);
    expect(expected.length).toBeGreaterThan(0);
    // As a thread runs: indexes built by the main thread from its own units (their fingerprint
    // checked against the stored units), the units read from the store.
    const indexes = buildLinkIndexes(own, boilerplate, o, own.map(() => ''), true);
    const stored = readUnitStore(structuredClone(buildUnitStore(own)));
    expect(withLinkIndexes(indexes, () => linkMeasures(stored, (l, h) => l !== h, boilerplate, o, true))).toEqual(expected);
  });
});
