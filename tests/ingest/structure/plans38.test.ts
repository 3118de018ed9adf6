// Session 38 (plans): inline revision notes (（2011年1月8日删除）) and the space after an article's label. Texts of my own
// making, in the law mirror's layout; each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { lexicon, structured } from '../helpers.js';
import { clean } from '../../../ingest/clean/index.js';
import { extract } from '../../../ingest/extract/index.js';
import { linkUnits } from '../../../ingest/link/index.js';
import { deletionNotes, maskDeleted } from '../../../ingest/structure/deletions.js';
import { prepare } from '../../../ingest/link/align.js';
import { bigramText } from '../../../ingest/link/index.js';
import { DELETION_REGULATION } from './deletion-fixture.js';

describe('a paragraph a later revision deleted (an inline note closing it)', () => {
  const doc = structured('某某票据管理条例(2011-01-08).md', DELETION_REGULATION);
  const byPath = (p: string) => doc.units.find((u) => u.path === p)!;

  it('keeps every article and its number: the deleted article is still 第四条 and 第五条 follows it', () => {
    expect(doc.units.filter((u) => u.kind === 'article').map((u) => u.path)).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条']);
  });

  it('marks the deleted paragraph of an article, and an article deleted whole, with the note’s date', () => {
    const third = byPath('第三条');
    expect(third.deletions).toHaveLength(1);
    expect(third.deletions![0].date).toBe('2011-01-08');
    const [a, b] = third.deletions![0].span;
    expect(doc.text.slice(a, b)).toBe('对倒卖票据的，按照投机倒把论处，并处票面金额百分之二十的罚款。（2011年1月8日删除）');
    expect(third.deletedOn).toBeUndefined();
    const fourth = byPath('第四条');
    expect(fourth.deletedOn).toBe('2011-01-08');
    // The label stays: the number is not deleted.
    expect(doc.text.slice(fourth.span[0], fourth.deletions![0].span[0]).trim()).toBe('第四条');
    expect(byPath('第二条').deletions).toBeUndefined();
  });

  it('dates the text by the note when no history line is as late: the mirror holds the revised version', () => {
    expect(doc.history.map((h) => `${h.date} ${h.action} ${h.by}`)).toEqual(['1990-03-18 adopted 国务院', '2011-01-08 amended 国务院']);
    expect(doc.issuedOn).toBe('2011-01-08');
  });

  it('adds no event when a history line already states that date', () => {
    const dated = DELETION_REGULATION.replace('发布\n', '发布\n\n2011年1月8日 《国务院关于废止和修改部分行政法规的决定》修订\n');
    expect(structured('x.md', dated).history.map((h) => h.date)).toEqual(['1990-03-18', '2011-01-08']);
  });

  it('finds no target, mention or link unit in deleted text', () => {
    const x = extract(doc, lexicon);
    expect(x.targets.some((t) => t.path === '第四条' || t.path === '第三条')).toBe(false);
    expect(x.mentions.some((m) => m.path === '第四条')).toBe(false);
    const units = linkUnits([{ sources: ['x'], clean: clean(DELETION_REGULATION, lexicon), doc, extraction: x }], ['doc:x']);
    expect(units.map((u) => u.id)).not.toContain('doc:x#第四条');
    const third = units.find((u) => u.id === 'doc:x#第三条')!;
    expect(third.text).toContain('对伪造票据的');
    expect(third.text).not.toContain('倒卖');
    // The same text without the notes: the target and the mention are there.
    const plain = structured('y.md', DELETION_REGULATION.replace(/\(2011年1月8日删除\)/g, ''));
    const y = extract(plain, lexicon);
    expect(y.targets.some((t) => t.path === '第四条')).toBe(true);
    expect(y.mentions.some((m) => m.path === '第四条')).toBe(true);
  });

  it('reads only a note closing its line, with a real date', () => {
    const text = '第一条 甲。\n本款所称（2011年1月8日删除）的情形\n第二条 乙。（2011年2月30日删除）\n第三条 丙。（2012年11月9日删除）';
    expect(deletionNotes(text, 0).map((d) => d.date)).toEqual(['2012-11-09']);
    const masked = maskDeleted(text, [{ deletions: deletionNotes(text, 0).map((d) => ({ date: d.date, span: d.span })) }]);
    expect(masked.length).toBe(text.length);
    expect(masked.endsWith('第三条 ' + ' '.repeat('丙。（2012年11月9日删除）'.length))).toBe(true);
  });
});

describe('an article’s label and its text', () => {
  it('keep one space between them in the cleaned text, so a measure reads 第十四条 老年人…, not 第十四条老年人…', () => {
    const t = clean('某某条例\n第十四条　　老年人享有养老保障。\n第十五条 县级以上 人民政府应当加强管理。\n根据第十四条 的规定办理。', lexicon).text;
    expect(t).toContain('第十四条 老年人享有养老保障。');
    expect(t).toContain('第十五条 县级以上人民政府应当加强管理。');
    // Only a label opening its line: a reference to an article inside a sentence stays glued to its sentence.
    expect(t).toContain('根据第十四条的规定办理。');
  });

  it('leaves the measure’s span and number as before', () => {
    const doc = structured('x.md', DELETION_REGULATION);
    const first = doc.units.find((u) => u.path === '第一条')!;
    expect(doc.text.slice(first.span[0], first.span[1])).toBe('第一条 为了加强某某票据管理，制定本条例。');
  });

  it('is no reused wording for the linker: no passage starts with it, and its bigrams are those calibrated', () => {
    const p = prepare('第十条 建设工程的消防安全管理由建设单位负责。', []);
    expect([...p.masked.slice(0, 4)].every((c) => c === '\u0000')).toBe(true);
    expect(p.masked.slice(4, 8)).toBe('建设工程');
    expect(bigramText('第十条 建设工程')).toBe('第十条建设工程');
    expect(bigramText('根据第十条 的规定')).toBe('根据第十条 的规定');
  });
});
