// One link's evidence as a citation to paste (web/src/graph/evidence-citation.ts; session 37, ui36's open finding: the
// evidence view saved nothing): both documents with region, date and article, verdict, score and lag (and the law text
// it runs from), both texts in full, the reused passages, the shared entities and the page's link.
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../web/src/graph/evidence.js';
import { evidenceCitation, evidenceCitationName } from '../../web/src/graph/evidence-citation.js';
import { i18n } from '../../web/src/i18n/index.js';

const EV: Evidence = {
  lower: {
    measure: { id: 'doc:山东省老年人权益保障条例@2014-09-26#第二章/第十四条', type: 'Measure', name: '老年人养老以居家为基础' },
    path: '第二章/第十四条',
    document: { id: 'doc:山东省老年人权益保障条例@2014-09-26', type: 'Document', name: '山东省老年人权益保障条例', region: '山东省', date: '2014-09-26' },
    segments: [{ text: '老年人养老以居家为基础，' }, { text: '赡养人以及其他家庭成员', passages: [0] }, { text: '应当尊重、关心和照料老年人。' }],
  },
  higher: {
    measure: { id: 'doc:中华人民共和国老年人权益保障法@2018-12-29#第二章/第十三条', type: 'Measure', name: '老年人养老以居家为基础' },
    path: '第二章/第十三条',
    document: { id: 'doc:中华人民共和国老年人权益保障法@2018-12-29', type: 'Document', name: '中华人民共和国老年人权益保障法', region: '全国', date: '2018-12-29' },
    segments: [{ text: '老年人养老以居家为基础，家庭成员应当尊重、关心和照料老年人。' }],
  },
  verdict: 'implements',
  score: 0.894,
  signals: { reuse: 0.6, text: 0.89, entities: 0 },
  unscored: ['reuse', 'entities'],
  lagDays: 637,
  laterVersion: true,
  lagSince: '2012-12-28',
  passages: [{ lower: '应当尊重、关心和照料老年人', higher: '应当尊重、关心和照料老年人' }, { lower: '赡养人以及其他家庭成员', higher: '家庭成员' }],
  shared: [{ id: 'group:老年人', type: 'TargetGroup', name: '老年人', lowerMentions: 2, higherMentions: 2 }],
  citations: [],
};
const URL = 'http://127.0.0.1:5170/?evidence=x';

describe('a link as a citation', () => {
  it('in Chinese: both places, verdict, score, lag from the earlier text, both texts, passages, entities, link', () => {
    const text = evidenceCitation(EV, i18n.getFixedT('zh'), URL);
    expect(text.split('\n')).toEqual([
      '山东省老年人权益保障条例（山东省 · 2014-09-26）§ 第二章/第十四条',
      '  落实 → 中华人民共和国老年人权益保障法（全国 · 2018-12-29）§ 第二章/第十三条',
      '判定：落实 · 得分 0.89 · 滞后 637 天（自 2012-12-28 文本起算）',
      '',
      '下级条文：老年人养老以居家为基础，赡养人以及其他家庭成员应当尊重、关心和照料老年人。',
      '',
      '上级条文：老年人养老以居家为基础，家庭成员应当尊重、关心和照料老年人。',
      '',
      '复用文字（2 处）：',
      '1. “应当尊重、关心和照料老年人”',
      '2. “赡养人以及其他家庭成员” ← “家庭成员”',
      '',
      '共同实体：老年人',
      '',
      `链接：${URL}`,
      '',
    ]);
  });

  it('in English, with one day of lag, without a link; and a file name naming both articles', () => {
    const text = evidenceCitation({ ...EV, lagDays: 1, laterVersion: undefined, lagSince: undefined, passages: [], shared: [] }, i18n.getFixedT('en'));
    expect(text).toContain('Verdict: Implements · score 0.89 · lag 1 day\n');
    expect(text).not.toContain('Link:');
    expect(text).not.toContain('from the');
    expect(evidenceCitationName(EV)).toBe('evidence_山东省老年人权益保障条例_第二章_第十四条_to_中华人民共和国老年人权益保障法_第二章_第十三条.txt');
  });
});
