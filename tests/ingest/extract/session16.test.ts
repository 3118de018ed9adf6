import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract/index.js';
import { DEFAULT_EXTRACT_OPTIONS, extractOptions } from '../../../ingest/extract/options.js';
import { findTargets } from '../../../ingest/extract/targets.js';
import { extracted, lexicon, structured } from '../helpers.js';
import { regulation } from './law-text.js';

// Regulations and a plan written for these tests (not taken from any corpus or gold file): the session-16 rules,
// read on the 全民健身 family (tests/real/fitness) for kinds of spurious programme in laws — a programme word as the
// object of a verb, as construction works or a catalogue, and as a kind named by a property word (X性) — and the
// extraction options object.
const programmes = (text: string) =>
  [...new Set(extracted('x.txt', text).mentions.filter((m) => m.type === 'Programme').map((m) => m.canonical))].sort();

describe('a programme word as the object of a verb in a law (programme-verbs.txt)', () => {
  it('reads no programme in 带入课堂, 进行调查, 推广体育项目', () => {
    const text = regulation(
      '江西省中小学管理条例',
      '学校应当禁止学生将智能手机带入课堂。',
      '教育行政部门应当根据各自职责进行调查。',
      '体育协会应当将普及推广体育项目列入年度安排。',
    );
    expect(programmes(text)).toEqual([]);
  });

  it('still reads a named programme the law tells a government to carry out', () => {
    const text = regulation('江西省中小学管理条例', '县级以上人民政府应当组织实施农村饮水安全工程。');
    expect(programmes(text)).toEqual(['农村饮水安全工程']);
  });

  it('leaves plans alone: a verb between two nouns is part of the name there', () => {
    expect(programmes('江西省科普工作方案\n一、实施科学素质提升工程。')).toEqual(['科学素质提升工程']);
  });
});

describe('construction works and catalogues are no programmes in a law (programme-followers.txt)', () => {
  it('reads no programme in …工程竣工验收 and …项目目录', () => {
    const text = regulation(
      '江西省中小学管理条例',
      '农村饮水安全工程竣工验收后，应当移交管理单位。',
      '省人民政府公布重点扶持文化项目目录。',
    );
    expect(programmes(text)).toEqual([]);
  });
});

describe('a kind named by a property word is no programme in a law (programme-kinds.txt)', () => {
  it('reads no programme in 经营危险性娱乐项目, 综合性科普示范工程 in a law', () => {
    expect(programmes(regulation('江西省中小学管理条例', '经营危险性娱乐项目的，应当取得许可。', '实施综合性科普示范工程。'))).toEqual([]);
  });

  it('keeps a plan\'s programme that holds such a word', () => {
    expect(programmes('江西省科普工作方案\n一、实施综合性科普示范工程。')).toEqual(['综合性科普示范工程']);
  });
});

describe('extraction options', () => {
  it('holds the knobs that were module constants, with their values', () => {
    expect(DEFAULT_EXTRACT_OPTIONS).toMatchObject({ maxName: 18, percentReach: 14, verbGap: 4, lawProgrammeStopsAtVerb: true });
    expect(extractOptions({ verbGap: 2 }).verbGap).toBe(2);
    expect(extractOptions({}).maxName).toBe(18);
  });

  it('turning lawProgrammeStopsAtVerb off gives the verb phrase back as a name', () => {
    const doc = structured('x.txt', regulation('江西省中小学管理条例', '学校应当禁止学生将智能终端产品带入课堂。'));
    const names = (over: object) => extract(doc, lexicon, over).mentions.filter((m) => m.type === 'Programme').map((m) => m.canonical);
    expect(names({})).toEqual([]);
    expect(names({ lawProgrammeStopsAtVerb: false })).toEqual(['智能终端产品带入课堂']);
  });

  it('verbGap bounds the verb between a comparator and its number', () => {
    const text = '学校每学年至少集中开展一次应急演练。';
    const unit = { path: '1', span: [0, text.length] as [number, number] };
    expect(findTargets(text, unit, lexicon).map((t) => [t.comparator, t.value])).toEqual([['>=', 1]]);
    expect(findTargets(text, unit, lexicon, { ...DEFAULT_EXTRACT_OPTIONS, verbGap: 1 })).toEqual([]);
  });
});

describe('instructors a law trains (group-suffixes.txt: 指导员)', () => {
  const groups = (text: string) =>
    [...new Set(extracted('x.txt', text).mentions.filter((m) => m.type === 'TargetGroup').map((m) => m.canonical))].sort();

  it('reads 社会体育指导员 and its kinds, and 心理健康教育辅导员, with the field of work before the head', () => {
    const text = regulation('江西省体育条例', '公益社会体育指导员和职业社会体育指导员应当接受培训。', '学校应当配备心理健康教育辅导员。');
    expect(groups(text)).toEqual(expect.arrayContaining(['公益社会体育指导员', '职业社会体育指导员', '心理健康教育辅导员']));
  });

  it('reads no group in a bare 指导员 with no field before it', () => {
    expect(groups(regulation('江西省体育条例', '体育场馆应当配备指导员。'))).not.toContain('指导员');
  });
});
