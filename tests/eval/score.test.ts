// The scorer on tiny hand inputs: one behaviour per test.
import { describe, expect, it } from 'vitest';
import { goldDoc, goldTarget, predictedDoc, predictedTarget } from './fixtures.js';
import { prf } from './match.js';
import { charDice, normaliseName } from './normalise.js';
import {
  goldNames,
  scoreCitations,
  scoreCorpus,
  scoreDocument,
  scoreEntities,
  scoreHistory,
  scoreMeasures,
  scoreMetadata,
  scoreNames,
  scoreTargets,
} from './score.js';

const entities = (o: Partial<Record<'Organisation' | 'Programme' | 'TargetGroup' | 'Brand', string[]>>) => ({
  Organisation: [],
  Programme: [],
  TargetGroup: [],
  Brand: [],
  ...o,
});

describe('normaliseName', () => {
  it('treats full-width and half-width forms as the same name', () => {
    expect(normaliseName('方案（2019—2022年）')).toBe(normaliseName('方案(2019-2022年)'));
  });
  it('ignores quotation marks and title brackets', () => {
    expect(normaliseName('“科普中国”APP')).toBe(normaliseName('科普中国app'));
    expect(normaliseName('《求证·科学》')).toBe(normaliseName('求证·科学'));
  });
  it('reads a circle typed for the numeral zero as 〇 (二○三五年, 二◯三五年)', () => {
    expect(normaliseName('远景目标（二○三五年）')).toBe(normaliseName('远景目标（二〇三五年）'));
    expect(normaliseName('二◯二五年')).toBe(normaliseName('二〇二五年'));
    expect(normaliseName('二○二五年')).not.toBe(normaliseName('二五年'));
  });
  it('ignores whitespace, line breaks included', () => {
    expect(normaliseName('关于新时代进一步\n加强 科学技术普及工作的意见')).toBe('关于新时代进一步加强科学技术普及工作的意见');
  });
});

describe('charDice', () => {
  it('is 1 for the same characters in another order', () => {
    expect(charDice('科技培训', '培训科技')).toBe(1);
  });
  it('counts a repeated character only as often as both sides have it', () => {
    expect(charDice('科科', '科')).toBeCloseTo(2 / 3);
  });
});

describe('prf', () => {
  it('gives F1 1 when there is nothing to find and nothing is predicted', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
  });
  it('leaves precision undefined when nothing is predicted', () => {
    expect(prf({ tp: 0, fp: 0, fn: 3 }).precision).toBeNull();
  });
});

describe('entity names', () => {
  const gold = goldNames(['中国科协', '科普中国'], { 中国科协: ['中国科学技术协会'], 科普中国: ['“科普中国”APP'] });

  it('counts a predicted canonical name as a hit', () => {
    expect(scoreNames(gold, ['中国科协']).tp).toBe(1);
  });
  it('counts a predicted alias of a gold entity as a hit', () => {
    expect(scoreNames(gold, ['中国科学技术协会']).tp).toBe(1);
  });
  it('matches an alias written with other quote marks', () => {
    expect(scoreNames(gold, ['"科普中国"APP']).tp).toBe(1);
  });
  it('counts a name that is neither canonical nor alias as spurious', () => {
    expect(scoreNames(gold, ['有关部门']).spurious).toEqual(['有关部门']);
  });
  it('counts a gold entity nobody predicted as missed', () => {
    expect(scoreNames(gold, ['中国科协']).missed.map((g) => g.name)).toEqual(['科普中国']);
  });
  it('counts a second node for the same entity as spurious', () => {
    const r = scoreNames(gold, ['中国科学技术协会', '中国科协']);
    expect([r.tp, r.fp]).toEqual([1, 1]);
  });
  it('gives the hit to the canonical name when the alias is predicted too', () => {
    expect(scoreNames(gold, ['中国科学技术协会', '中国科协']).spurious).toEqual(['中国科学技术协会']);
  });
  it('counts the same name predicted twice once', () => {
    const r = scoreNames(gold, ['中国科协', '中国科协']);
    expect([r.tp, r.fp]).toEqual([1, 0]);
  });
  it('scores a name under the wrong type as a miss for its type and a hit regardless of type', () => {
    const g = goldDoc({ entities: entities({ Brand: ['科普中国'] }) });
    const r = scoreEntities(g, entities({ Programme: ['科普中国'] }));
    expect([r.byType.Brand.fn, r.byType.Programme.fp, r.anyType.tp]).toEqual([1, 1, 1]);
  });
});

describe('cited documents', () => {
  const gold = [{ name: '全民科学素质行动规划纲要（2021—2035年）', abbreviation: '纲要' }];

  it('matches titles across full- and half-width brackets and dash variants', () => {
    expect(scoreCitations(gold, [{ name: '全民科学素质行动规划纲要(2021-2035年)', aliases: [] }]).tp).toBe(1);
  });
  it('counts a citation predicted by its abbreviation', () => {
    expect(scoreCitations(gold, [{ name: '纲要', aliases: [] }]).tp).toBe(1);
  });
  it('counts a predicted document whose alias is the gold title', () => {
    expect(scoreCitations(gold, [{ name: '规划纲要', aliases: ['全民科学素质行动规划纲要（2021—2035年）'] }]).tp).toBe(1);
  });
  it('counts an unrelated title as spurious', () => {
    expect(scoreCitations(gold, [{ name: '科普法', aliases: [] }]).fp).toBe(1);
  });
});

describe('targets', () => {
  const one = (p: Parameters<typeof predictedTarget>[0], g: Parameters<typeof goldTarget>[0] = {}) =>
    scoreTargets([goldTarget(g)], [predictedTarget(p)]).tp;

  it('matches a target whose metric contains the gold metric', () => {
    expect(one({ metric: '举办线上线下科技培训' })).toBe(1);
  });
  it('matches a target whose metric is contained in the gold metric', () => {
    expect(one({ metric: '科技培训' })).toBe(1);
  });
  it('matches metrics whose character Dice is at least 0.5', () => {
    expect(one({ metric: '线下科技培训班' }, { metric: '线上科技培训' })).toBe(1);
  });
  it('rejects a metric that shares too few characters', () => {
    expect(one({ metric: '科普报告' })).toBe(0);
  });
  it('rejects another comparator', () => {
    expect(one({ comparator: '=' })).toBe(0);
  });
  it('rejects another value', () => {
    expect(one({ value: 300 })).toBe(0);
  });
  it('rejects another unit', () => {
    expect(one({ unit: '期' })).toBe(0);
  });
  it('reads 55 万人 as 550000 人', () => {
    expect(one({ value: 55, unit: '万人' }, { value: 550000, unit: '人' })).toBe(1);
  });
  it('ignores the year when only one side gives it', () => {
    expect(one({ year: 2020 })).toBe(1);
  });
  it('rejects a year that differs', () => {
    expect(one({ year: 2021 }, { year: 2020 })).toBe(0);
  });
  it('rejects a range with another upper bound', () => {
    expect(one({ value: 1, valueMax: 3, unit: '个', comparator: '=' }, { value: 1, valueMax: 2, unit: '个', comparator: '=' })).toBe(0);
  });
  it('counts a wrong comparator as a loose hit', () => {
    expect(scoreTargets([goldTarget()], [predictedTarget({ comparator: '=' })], true).tp).toBe(1);
  });
  it('pairs two targets of one sentence with the metrics they resemble most', () => {
    const gold = [
      goldTarget({ metric: '巡展县', value: 15, unit: '个', comparator: '=' }),
      goldTarget({ metric: '巡展学校', value: 40, unit: '所', comparator: '=' }),
    ];
    const pred = [
      predictedTarget({ metric: '巡展学校', value: 40, unit: '所', comparator: '=' }),
      predictedTarget({ metric: '巡展县', value: 15, unit: '个', comparator: '=' }),
    ];
    expect(scoreTargets(gold, pred).tp).toBe(2);
  });
});

describe('measures', () => {
  it('matches paths written with full- or half-width brackets', () => {
    expect(scoreMeasures(['四/（二）/3'], ['四/(二)/3']).tp).toBe(1);
  });
  it('counts a path the gold does not have as spurious', () => {
    expect(scoreMeasures(['一/1'], ['一/1', '一/2']).fp).toBe(1);
  });
});

describe('metadata', () => {
  const gold = goldDoc().document;

  it('counts a null gold field as correct when nothing is predicted', () => {
    expect(scoreMetadata(gold, {}).fields.docNumber.ok).toBe(true);
  });
  it('counts a null gold field as wrong when something is predicted', () => {
    expect(scoreMetadata(gold, { docNumber: '测科协〔2020〕1号' }).fields.docNumber.ok).toBe(false);
  });
  it('accepts an issuer equal to a gold alias', () => {
    expect(scoreMetadata(gold, { issuer: '测试省科学技术协会' }, { 测试省科协: ['测试省科学技术协会'] }).fields.issuer.ok).toBe(true);
  });
  it('matches document numbers across 〔〕 and [] brackets', () => {
    const g = { ...gold, docNumber: '鄂科协办〔2024〕15号' };
    expect(scoreMetadata(g, { docNumber: '鄂科协办[2024]15号' }).fields.docNumber.ok).toBe(true);
  });
  it('matches a document name across 《》 and 〈〉 nesting', () => {
    const g = { ...gold, name: '中国科协学习宣传贯彻《关于新时代进一步加强科学技术普及工作的意见》工作方案' };
    const p = { name: '中国科协学习宣传贯彻〈关于新时代进一步加强科学技术普及工作的意见〉工作方案' };
    expect(scoreMetadata(g, p).fields.name.ok).toBe(true);
  });
  it('gives accuracy as the share of correct fields', () => {
    // name, year, level right; issuedOn, docNumber null and absent; issuer and region missing
    // (genre is a field of its own, outside the overall accuracy).
    expect(scoreMetadata(gold, { name: gold.name, year: 2020, level: 'provincial' }).accuracy).toBeCloseTo(5 / 7);
  });
  it('reads a gold without genre as a plan', () => {
    expect(scoreMetadata(gold, { genre: 'plan' }).fields.genre.ok).toBe(true);
    expect(scoreMetadata({ ...gold, genre: 'regulation' }, { genre: 'plan' }).fields.genre.ok).toBe(false);
  });
  it('counts a null year as correct only when no year is predicted', () => {
    const g = { ...gold, year: null, issuedOn: null };
    expect([scoreMetadata(g, {}).fields.year.ok, scoreMetadata(g, { year: 2012 }).fields.year.ok]).toEqual([true, false]);
  });
});

describe('history', () => {
  const by = '浙江省人民代表大会常务委员会';
  const gold = [
    { date: '2007-11-23', action: 'adopted' as const, by },
    { date: '2018-07-27', action: 'revised' as const, by },
  ];
  const aliases = { [by]: ['浙江省人大常委会'] };

  it('matches an event on date, action and body, the body by alias too', () => {
    const r = scoreHistory(gold, [{ date: '2018-07-27', action: 'revised', by: '浙江省人大常委会' }], aliases);
    expect([r.tp, r.fn, r.fp]).toEqual([1, 1, 0]);
  });
  it('does not count an event with the right date but another action', () => {
    expect(scoreHistory(gold, [{ date: '2018-07-27', action: 'amended', by }], aliases).tp).toBe(0);
  });
  it('does not count an event of another body (the approving province is not the city)', () => {
    expect(scoreHistory(gold, [{ date: '2007-11-23', action: 'adopted', by: '宁波市人民代表大会常务委员会' }], aliases).tp).toBe(0);
  });
  it('scores history only for documents whose gold gives one', () => {
    expect(scoreDocument(goldDoc(), predictedDoc()).history).toBeUndefined();
    const g = goldDoc({ document: { ...goldDoc().document, history: gold } });
    expect(scoreDocument(g, predictedDoc()).history?.fn).toBe(2);
  });
});

describe('documents and corpus', () => {
  it('misses everything of a gold document that has no predicted document', () => {
    const s = scoreDocument(goldDoc({ entities: entities({ Organisation: ['测试省科协'] }) }), undefined);
    expect([s.entities.Organisation.fn, s.docId]).toEqual([1, undefined]);
  });
  it('scores a duplicate file through the document it copies', () => {
    const s = scoreCorpus(
      { documents: [goldDoc()], pointers: [{ file: '901_copy.txt', sameAs: '900_test.txt' }] },
      [predictedDoc({ sources: ['901_copy.txt'] })],
    );
    expect(s.documents[0]!.docId).toBe('doc:test');
  });
  it('reports a duplicate as merged when one document was read from both files', () => {
    const s = scoreCorpus(
      { documents: [goldDoc()], pointers: [{ file: '901_copy.txt', sameAs: '900_test.txt' }] },
      [predictedDoc({ sources: ['900_test.txt', '901_copy.txt'] })],
    );
    expect(s.duplicates[0]!.merged).toBe(true);
  });
  it('reports a duplicate as not merged when it became a document of its own', () => {
    const s = scoreCorpus({ documents: [goldDoc()], pointers: [{ file: '901_copy.txt', sameAs: '900_test.txt' }] }, [
      predictedDoc(),
      predictedDoc({ id: 'doc:copy', sources: ['901_copy.txt'] }),
    ]);
    expect([s.duplicates[0]!.merged, s.unmatchedPredicted.map((d) => d.id)]).toEqual([false, ['doc:copy']]);
  });
  it('totals plans and regulations separately, and each metadata field on its own', () => {
    const reg = goldDoc({ file: '903_law.md', document: { ...goldDoc().document, genre: 'regulation', issuer: '测试省人民代表大会常务委员会' } });
    const s = scoreCorpus({ documents: [goldDoc(), reg], pointers: [] }, [
      predictedDoc({ meta: { issuer: '测试省科协' } }),
      predictedDoc({ id: 'doc:law', sources: ['903_law.md'] }),
    ]);
    expect(Object.keys(s.byGenre).sort()).toEqual(['plan', 'regulation']);
    expect([s.byGenre.plan!.metaFields.issuer.accuracy, s.byGenre.regulation!.metaFields.issuer.accuracy]).toEqual([1, 0]);
    expect(s.overall.metaFields.issuer).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
  });
  it('scores only metadata for a document whose gold is metadata only: what was extracted is neither right nor spurious', () => {
    const s = scoreCorpus({ documents: [goldDoc()], pointers: [], metaOnly: new Set(['900_test.txt']) }, [
      predictedDoc({ meta: { issuer: '测试省科协', level: 'national' }, entities: entities({ Organisation: ['测试省科协'] }), measures: ['一/1'] }),
    ]);
    expect([s.overall.entities.Organisation.fp, s.overall.measures.fp, s.documents[0]!.metaOnly]).toEqual([0, 0, true]);
    expect([s.overall.metaFields.issuer.correct, s.overall.metaFields.level.correct]).toEqual([1, 0]);
  });
  it('sums counts over documents before computing F1', () => {
    const g1 = goldDoc({ entities: entities({ Brand: ['科普中国'] }) });
    const g2 = goldDoc({ file: '902_other.txt', entities: entities({ Brand: ['全国科普日', '科技活动周'] }) });
    const s = scoreCorpus({ documents: [g1, g2], pointers: [] }, [
      predictedDoc({ entities: entities({ Brand: ['科普中国'] }) }),
      predictedDoc({ id: 'doc:2', sources: ['902_other.txt'], entities: entities({ Brand: ['全国科普日'] }) }),
    ]);
    expect(s.overall.entities.Brand.f1).toBeCloseTo((2 * 2) / (2 * 2 + 0 + 1));
  });
});
