// The cascade's links as CSV (session 36 researcher's trial: the chain 献血法 第十四条 → 浙江 第十八条 → 宁波 第二十五条
// could be read in the page but nothing of it saved).
import { describe, expect, it } from 'vitest';
import { cascadeCsvName, cascadeLinksCsv } from '../../web/src/graph/cascade-csv.js';
import { i18n } from '../../web/src/i18n/index.js';

const cascade = {
  root: 'law#14',
  rootDoc: 'law',
  docs: [
    { id: 'law', name: '中华人民共和国献血法', level: 'central' as const, region: '全国', date: '1997-12-29', inCorpus: true, depth: 0, measures: [{ id: 'law#14', name: '临床用血', path: '第十四条' }] },
    { id: 'zj', name: '浙江省实施《中华人民共和国献血法》办法', level: 'provincial' as const, region: '浙江省', date: '2020-11-27', inCorpus: true, depth: 1, measures: [{ id: 'zj#18', name: '临床用血', path: '第十八条' }] },
    { id: 'nb', name: '宁波市献血条例', level: 'municipal' as const, region: '宁波市', date: '2020-05-15', inCorpus: true, depth: 2, measures: [{ id: 'nb#25', name: '免交', path: '第四章/第二十五条' }] },
  ],
  links: [
    { kind: 'implements' as const, lowerDoc: 'zj', lower: 'zj#18', higherDoc: 'law', higher: 'law#14', score: 0.216, lagDays: 8369 },
    { kind: 'implements' as const, lowerDoc: 'nb', lower: 'nb#25', higherDoc: 'zj', higher: 'zj#18', score: 0.903, lagDays: 2422 },
    { kind: 'cites' as const, lowerDoc: 'nb', higherDoc: 'law', places: 2 },
  ],
};
const later = new Map([['nb→zj', '2013-09-27']]);

describe('cascadeLinksCsv', () => {
  it('writes one row per link with both documents, articles, verdict, score, lag and ids (zh)', () => {
    const csv = cascadeLinksCsv(cascade, (k) => i18n.getFixedT('zh')(`cascadeCsv.${k}`), later);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('下级文件,下级文件地区,下级文件发布日期,下级条款,落实的上级文件,上级文件发布日期,上级条款,类型,得分,滞后（天）,滞后按年份估算,滞后起算的上级文本,引用处数,下级 id,上级 id');
    expect(lines.slice(1)).toEqual([
      '浙江省实施《中华人民共和国献血法》办法,浙江省,2020-11-27,第十八条,中华人民共和国献血法,1997-12-29,第十四条,落实,0.216,8369,,,,zj#18,law#14',
      '宁波市献血条例,宁波市,2020-05-15,第四章/第二十五条,浙江省实施《中华人民共和国献血法》办法,2020-11-27,第十八条,落实,0.903,2422,,2013-09-27,,nb#25,zj#18',
      '宁波市献血条例,宁波市,2020-05-15,,中华人民共和国献血法,1997-12-29,,引用,,,,,2,nb,law',
    ]);
  });
  it('writes English headers and verdicts in the English page, and a safe file name', () => {
    const csv = cascadeLinksCsv(cascade, (k) => i18n.getFixedT('en')(`cascadeCsv.${k}`));
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      'Lower document,Lower region,Lower issued,Lower article,Carries out,Higher issued,Higher article,Verdict,Score,Lag (days),Lag from years only,Lag from the text of,Places cited,Lower id,Higher id',
    );
    expect(csv).toContain(',implements,0.903,2422,');
    expect(cascadeCsvName('中华人民共和国献血法 第十四条')).toBe('cascade_中华人民共和国献血法_第十四条.csv');
  });
});
