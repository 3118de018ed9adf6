// Session 40 (plans): penalty parts that are not a 法律责任 chapter (options.penaltyArticles chapter / mixed / levels), in the
// shapes the law mirror prints: a 司法解释's part title 十、法律责任 (a section since session 39), a chapter titled 处罚 alone,
// and a chapter of rewards and penalties together (奖励与处罚), whose reward articles are no penalty articles. Texts of my own
// making; each test fails with session 39's rule (chapters titled 法律责任 or 罚则 only).
import { describe, expect, it } from 'vitest';
import { penaltyPaths } from '../../../ingest/link/index.js';
import { linkOptions } from '../../../ingest/link/options.js';
import { regulation } from './regulation-fixture.js';

const rule = linkOptions().penaltyArticles;
const sorted = (s: Set<string>) => [...s].sort();

describe('penalty parts that are not a 法律责任 chapter', () => {
  it('reads a 司法解释 part titled 十、法律责任 as a penalty part, its articles with it', () => {
    const d = regulation([
      { path: '九', kind: 'section', text: '九、票据的保全' },
      { path: '第六十条', kind: 'article', text: '第六十条 人民法院可以依法对票据采取保全措施。', parent: '九' },
      { path: '十', kind: 'section', text: '十、法律责任' },
      { path: '第六十一条', kind: 'article', text: '第六十一条 签发空头支票骗取财物的，依照刑法的规定处理。', parent: '十' },
      { path: '第六十二条', kind: 'article', text: '第六十二条 代理付款人明知持票人不是真实权利人而付款的，承担赔偿责任。', parent: '十' },
    ]);
    expect(sorted(penaltyPaths(d, rule))).toEqual(['第六十一条', '第六十二条']);
  });

  it('reads a chapter titled 处罚 alone as a penalty part, not one titled 处罚程序', () => {
    const d = regulation([
      { path: '第五章', kind: 'chapter', text: '第五章 处罚' },
      { path: '第五章/第三十条', kind: 'article', text: '第三十条 持用伪造证件出境的，由边防检查站扣留其证件。', parent: '第五章' },
      { path: '第六章', kind: 'chapter', text: '第六章 处罚程序' },
      { path: '第六章/第三十一条', kind: 'article', text: '第三十一条 当事人对处理决定不服的，可以向上一级机关申诉。', parent: '第六章' },
    ]);
    expect(sorted(penaltyPaths(d, rule))).toEqual(['第五章/第三十条']);
  });

  it('keeps the reward articles of a 奖励与处罚 chapter out, its sanction articles in, and a side clause outside it out', () => {
    const d = regulation([
      { path: '第二章', kind: 'chapter', text: '第二章 管理' },
      { path: '第二章/第八条', kind: 'article', text: '第八条 主管部门应当定期检查采血设施，并责令限期整改。', parent: '第二章' },
      { path: '第五章', kind: 'chapter', text: '第五章 奖励与处罚' },
      { path: '第五章/第二十条', kind: 'article', text: '第二十条 对在献血工作中成绩显著的单位和个人，由市人民政府给予表彰。', parent: '第五章' },
      { path: '第五章/第二十一条', kind: 'article', text: '第二十一条 违反本条例规定，非法采集血液的，由卫生行政部门处十万元以下的罚款。', parent: '第五章' },
    ]);
    expect(sorted(penaltyPaths(d, rule))).toEqual(['第五章/第二十一条']);
  });
});
