// Session 38 (plans): a target counted per place, and a campaign's list of titles after an article's label. Sentences of my
// own making; each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { extracted } from '../helpers.js';

const doc = (article: string) => extracted('x.md', `某某市某某条例\n\n第一条　为了规范管理，制定本条例。\n\n第二条　${article}\n`);
const targetsOf = (article: string) => doc(article).targets.map((t) => [t.metric, t.comparator, t.value, t.unit]);

describe('a count the places before it only locate', () => {
  it('counts the thing the clause ends with, not the place', () => {
    expect(targetsOf('甲区、乙区至少设置一个采血点，丙县至少设置三个采血点。')).toEqual([
      ['采血点', '>=', 1, '个'],
      ['采血点', '>=', 3, '个'],
    ]);
  });
  it('does so after one place or a class of places too', () => {
    expect(targetsOf('每个街道至少设置一个社区卫生服务中心。')[0]?.[0]).toBe('社区卫生服务中心');
    expect(targetsOf('各区至少建成两个示范社区，并向社会公布。').map((t) => t[0])).toEqual(['示范社区']);
    // A metric that is more than a place stays: 采血点 after 设置 is the thing, 服务半径 is measured.
    expect(targetsOf('城区采血点的服务半径不得超过三公里。').map((t) => t[0])).not.toContain('城区');
  });
});

describe('a campaign’s titles listed right after an article’s label', () => {
  it('are each a title, the last without 等', () => {
    const names = doc('文明城市、文明村镇、文明单位、文明校园等创建活动，应当将无障碍环境建设情况作为重要内容。')
      .mentions.filter((m) => m.type === 'Programme')
      .map((m) => m.canonical);
    expect(names).toContain('文明校园');
    expect(names.some((n) => n.endsWith('等'))).toBe(false);
  });
});
