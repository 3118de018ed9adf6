// A law's general encouragement carried by a lower article's encouragement of the same party (options.generalEncouragement,
// session 50 helper link3; on by default: ingest/link/options.ts). Real texts (tests/real/investment, tests/real/rural):
// 北京市外商投资条例 (2024) 第十六条 本市鼓励符合条件的外国投资者设立投资性公司 carries 外商投资法 第三条 (…鼓励外国投资者依法在
// 中国境内投资; gold, weak: one form of the general encouragement), and 广东省乡村振兴促进条例 (2022) 第五条 …支持社会各界…参与
// 乡村振兴促进活动 carries 乡村振兴促进法 第十一条 (…鼓励、支持…社会各方面参与乡村振兴促进相关活动; gold, weak); each pair scores
// under every threshold, and neither lower article is linked by another rule.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { encouragementClauses, generalArticle, partyMeets } from '../../../ingest/link/general-encouragement.js';
import { GENERAL_ENCOURAGEMENT_MEASURED, type LinkOptions } from '../../../ingest/link/options.js';
import { regulationUnit, textOnlyRegulation } from './units.js';

/** A law's articles as the mirror prints them, each with its path (第一章/第三条). */
function articles(path: string): { id: string; text: string }[] {
  const file = readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
  const out: { id: string; text: string }[] = [];
  let chapter = '';
  for (const line of file.split('\n').map((l) => l.replace(/^#+\s*/, '').trim())) {
    const c = /^(第[一二三四五六七八九十]+章)/.exec(line);
    if (c && !/^第[一二三四五六七八九十百]+条/.test(line)) {
      chapter = c[1];
      continue;
    }
    const a = /^(第[一二三四五六七八九十百]+条)[\s　]/.exec(line);
    if (a) out.push({ id: `${chapter}/${a[1]}`, text: line });
    else if (line && !line.startsWith('<!') && out.length) out[out.length - 1].text += `\n${line}`;
  }
  return out;
}

const investment = articles('../../real/investment/corpus/外商投资法(2019-03-15).md');
const rural = articles('../../real/rural/corpus/乡村振兴促进法(2021-04-29).md');
const bj16 = '第十六条 本市鼓励符合条件的外国投资者设立投资性公司。投资性公司在本市投资设立的企业，按照国家有关规定享受外商投资企业待遇。';
const gd5 = '第五条 各级人民政府应当建立健全激励机制，支持社会各界通过各种方式依法依规参与乡村振兴促进活动，引导社会资本投入乡村振兴。';
const general = (law: { id: string; text: string }[]) => law.map((a) => (a.id.startsWith('第一章/') ? a.text : undefined));
const label = (law: { id: string }[], k: number) => (k < 0 ? '' : law[k].id);

const links = (law: { id: string; text: string }[], lower: string, generalEncouragement: LinkOptions['generalEncouragement']) => {
  const units = [...law.map((a) => regulationUnit(`law#${a.id}`, 0, a.text)), regulationUnit('lower#x', 1, lower)];
  const o = textOnlyRegulation({ generalEncouragement });
  // A partial threshold no pair of these texts reaches: the lower article links to nothing by its scores.
  return linkMeasures(units, (l, h) => l === 1 && h === 0, [], { ...o, genres: { regulation: { ...o.genres.regulation!, thresholds: { implements: 0.9, partial: 0.6 } } } }).map((l) => `${l.lower}>${l.higher} ${l.verdict}`);
};

describe('a law’s general encouragement carried by a specific one (session 50, link3)', () => {
  it('reads the encouragement clauses and the party at their heads', () => {
    const lead = new RegExp(GENERAL_ENCOURAGEMENT_MEASURED.lead);
    expect(investment.length).toBe(42);
    expect(encouragementClauses(investment[2].text, lead)).toEqual(['外国投资者依法在中国境内投资']);
    expect(encouragementClauses(bj16, lead)).toEqual(['符合条件的外国投资者设立投资性公司']);
    expect(partyMeets('外国投资者依法在中国境内投资', '符合条件的外国投资者设立投资性公司', GENERAL_ENCOURAGEMENT_MEASURED)).toBe(true);
    // 外商投资法 第三十条's 国家鼓励…技术合作 names no party the lower clause's head holds.
    expect(partyMeets('在外商投资过程中基于自愿原则和商业规则开展技术合作', '符合条件的外国投资者设立投资性公司', GENERAL_ENCOURAGEMENT_MEASURED)).toBe(false);
  });

  it('names the general article of the first chapter; the law’s specific encouragement (第十四条) does not compete', () => {
    expect(label(investment, generalArticle(bj16, general(investment), GENERAL_ENCOURAGEMENT_MEASURED))).toBe('第一章/第三条');
    expect(label(rural, generalArticle(gd5, general(rural), GENERAL_ENCOURAGEMENT_MEASURED))).toBe('第一章/第十一条');
    // Every article competing, 第十四条 (鼓励和引导外国投资者在特定行业、领域、地区投资) ties 第三条 and neither is named.
    expect(generalArticle(bj16, investment.map((a) => a.text), { ...GENERAL_ENCOURAGEMENT_MEASURED, margin: 0.01 })).toBe(-1);
    // Under `min`: a lower clause whose party shares one bigram (外国) and nothing else.
    expect(generalArticle('第一条 鼓励外国企业来本市参观。', general(investment), GENERAL_ENCOURAGEMENT_MEASURED)).toBe(-1);
  });

  it('links each lower article, linked to nothing by its scores, to the general article, partial, with the option; to nothing without it', () => {
    expect(links(investment, bj16, null)).toEqual([]);
    expect(links(investment, bj16, GENERAL_ENCOURAGEMENT_MEASURED)).toEqual(['lower#x>law#第一章/第三条 partial']);
    expect(links(rural, gd5, null)).toEqual([]);
    expect(links(rural, gd5, GENERAL_ENCOURAGEMENT_MEASURED)).toEqual(['lower#x>law#第一章/第十一条 partial']);
  });
});
