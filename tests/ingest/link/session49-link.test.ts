// Session 49 (helper link, issue 13): policy instruments (政策工具) read as classes (ingest/lexicon/policy-instruments.txt,
// ingest/link/instruments.ts). Measured as a link signal and left out of the linker (docs/history/links.md, session 49:
// the classes do not separate gold from non-gold among the candidates the linker leaves out); these tests pin the reader
// the measurement (tests/eval/session49-link.ts) rests on, on real sentences of the rural family's law.
import { describe, expect, it } from 'vitest';
import { dominantClass, INSTRUMENT_CLASSES, INSTRUMENT_TERM_CLASSES, instrumentClauses, instrumentMatcher, readInstrumentClasses } from '../../../ingest/link/instruments.js';
import { DEFAULT_LINK_OPTIONS, TERM_CLASSES } from '../../../ingest/link/options.js';

const match = instrumentMatcher(INSTRUMENT_CLASSES);

// 乡村振兴促进法 第二十六条 and 第五十八条's first sentence (tests/real/rural).
const law26 = '第二十六条 各级人民政府应当采取措施，加强职业教育和继续教育，组织开展农业技能培训、返乡创业就业培训和职业技能培训，培养有文化、懂技术、善经营、会管理的高素质农民和农村实用人才、创新创业带头人。';
const law58 = '第五十八条 国家建立健全农业支持保护体系和实施乡村振兴战略财政投入保障制度。';

describe('policy instruments as classes (session 49)', () => {
  it('reads the lexicon: fourteen named classes, no term under two classes', () => {
    expect(INSTRUMENT_CLASSES.map((c) => c.name)).toEqual(['funds', 'finance', 'tax', 'land', 'talent', 'information', 'services', 'procurement', 'planning', 'standards', 'evaluation', 'publicity', 'cooperation', 'demonstration']);
    const terms = INSTRUMENT_CLASSES.flatMap((c) => c.terms);
    expect(new Set(terms).size).toBe(terms.length);
    expect(() => readInstrumentClasses(new URL('../../../ingest/lexicon/term-classes.txt', import.meta.url))).toThrow(/no class name/);
  });

  it('finds the longest term at each place (财政投入, not 投入; 继续教育 and 职业技能 as terms)', () => {
    expect(match(law58).map((f) => [f.term, f.cls])).toEqual([['财政投入', 'funds']]);
    expect(match(law26).map((f) => f.term)).toEqual(['继续教育', '培训', '培训', '职业技能', '培训', '培养', '人才']);
  });

  it("gives an article's dominant instrument and each clause's field without the instrument terms", () => {
    expect(dominantClass(law26)).toBe('talent');
    expect(dominantClass(law58)).toBeUndefined();
    const cl = instrumentClauses(law26, /[。；;：:，,\n]/);
    const training = cl.find((c) => c.terms.has('职业技能'))!;
    expect([...training.classes]).toEqual(['talent']);
    expect(training.field.has('农业')).toBe(true);
    expect(training.field.has('培训')).toBe(false);
  });

  it('is measured through termClasses rows and left out of the default options', () => {
    expect(INSTRUMENT_TERM_CLASSES[0].slice(0, 3)).toEqual(['工具funds', '财政资金', '专项资金']);
    expect(DEFAULT_LINK_OPTIONS.termClasses?.classes).toEqual(TERM_CLASSES);
  });
});
