// Session 51 (helper tidy, issues 11 and 13): three pieces of tidy work, each without a change of output.
// 1. One test of "a position inside a definition's definiens" (extract/definitions.ts inDefiniens) for discover.ts's systems
//    (definiens-systems.ts, the sentence scope) and groups.ts definiensOnly (the clause scope, with lawIncludedDefiniens).
// 2. The general-encouragement rule (link/general-encouragement.ts) reads a higher document's general clauses once per document.
// 3. channel-systems.ts builds its regexes from ingest/lexicon/channel-cues.txt.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inDefiniens } from '../../ingest/extract/definitions.js';
import { inDefiniens as systemInDefiniens } from '../../ingest/extract/definiens-systems.js';
import { definiensOnly } from '../../ingest/extract/groups.js';
import { channelSystem } from '../../ingest/extract/channel-systems.js';
import { generalArticle, generalArticleOf, generalClauses } from '../../ingest/link/general-encouragement.js';
import { GENERAL_ENCOURAGEMENT_MEASURED } from '../../ingest/link/options.js';
import { lexicon } from './helpers.js';

const at = (text: string, word: string, from = 0) => text.indexOf(word, from);

describe('inDefiniens: one test of a definiens for systems and groups (definitions.ts)', () => {
  // 杭州市智慧经济促进条例 (a free mirror text; session 50 helper extract's sentence).
  const platforms = '本条例所称信息基础设施，是指通信网、广播电视网、互联网、公共大数据平台、云计算基础设施、智慧城市感知网络及其支持环境。';
  // 杭州市法律援助条例's definition of its persons (session 29's sentence).
  const lawyers = '本条例所称法律援助人员，是指实施法律援助的律师、公证员、基层法律服务工作者、司法鉴定人。';

  it('reads a platform listed after 是指 as inside the definiens, in its sentence only', () => {
    expect(inDefiniens(platforms, at(platforms, '公共大数据平台'))).toBe(true);
    expect(systemInDefiniens(platforms, at(platforms, '公共大数据平台'))).toBe(true);
    // The term itself stands before 是指.
    expect(inDefiniens(platforms, at(platforms, '信息基础设施'))).toBe(false);
    // A sentence after the definition (。) is outside it.
    const next = `${platforms}市人民政府应当建设政务大数据平台。`;
    expect(inDefiniens(next, at(next, '政务大数据平台'))).toBe(false);
  });

  it('reads a person word after 是指 with no comma between in the clause scope, as definiensOnly does', () => {
    expect(inDefiniens(lawyers, at(lawyers, '律师'), 'clause')).toBe(true);
    expect(inDefiniens(lawyers, at(lawyers, '法律援助人员'), 'clause')).toBe(false);
    // After a comma the clause scope reads outside, the sentence scope inside: the two callers' readings kept apart.
    const elderly = '本条例所称老年人是指六十周岁以上的公民，各级人民政府应当保障老年人的合法权益。';
    const second = at(elderly, '老年人', at(elderly, '公民'));
    expect(inDefiniens(elderly, second, 'clause')).toBe(false);
    expect(inDefiniens(elderly, second, 'sentence')).toBe(true);
    const groups = [
      { canonical: '律师', span: [at(lawyers, '律师'), at(lawyers, '律师') + 2] as [number, number] },
      { canonical: '法律援助人员', span: [at(lawyers, '法律援助人员'), at(lawyers, '法律援助人员') + 6] as [number, number] },
    ];
    expect([...definiensOnly(lawyers, groups)]).toEqual(['律师']);
  });

  it('reads the clause opened by 包括 after 所称 as a definiens with `included` only (lawIncludedDefiniens)', () => {
    const included = '本条例所称做出重要贡献的人员，包括技术成果完成人和为成果转化做出重要贡献的其他人员。';
    expect(inDefiniens(included, at(included, '技术成果完成人'), 'clause')).toBe(false);
    expect(inDefiniens(included, at(included, '技术成果完成人'), 'clause', true)).toBe(true);
  });
});

/** A law's articles as the mirror prints them, each with its path (第一章/第三条). */
function articles(path: string): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  let chapter = '';
  for (const line of readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8').split('\n').map((l) => l.replace(/^#+\s*/, '').trim())) {
    const c = /^(第[一二三四五六七八九十]+章)/.exec(line);
    if (c && !/^第[一二三四五六七八九十百]+条/.test(line)) chapter = c[1];
    else if (/^第[一二三四五六七八九十百]+条[\s　]/.test(line)) out.push({ id: `law#${chapter}/${line.split(/[\s　]/)[0]}`, text: line });
    else if (line && !line.startsWith('<!') && out.length) out[out.length - 1].text += `\n${line}`;
  }
  return out;
}

describe('general encouragement: the higher document’s clauses read once per document (general-encouragement.ts)', () => {
  // 外商投资法 (tests/real/investment) and 北京市外商投资条例 第十六条, session 50 helper link3's pair.
  const law = articles('../real/investment/corpus/外商投资法(2019-03-15).md');
  const bj16 = '第十六条 本市鼓励符合条件的外国投资者设立投资性公司。投资性公司在本市投资设立的企业，按照国家有关规定享受外商投资企业待遇。';
  const rule = GENERAL_ENCOURAGEMENT_MEASURED;
  const lead = new RegExp(rule.lead);

  it('names the same general article as generalArticle, reading the law’s texts once for every lower article', () => {
    const his = law.map((_, k) => k);
    let read = 0;
    const text = (hi: number) => (read++, law[hi].text);
    const clauses = () => generalClauses(his, (hi) => law[hi].id, text, lead);
    const k = generalArticleOf(bj16, clauses, rule);
    expect(law[k].id).toBe('law#第一章/第三条');
    expect(k).toBe(generalArticle(bj16, law.map((a) => (a.id.startsWith('law#第一章/') ? a.text : undefined)), rule));
    const once = read;
    expect(once).toBe(law.filter((a) => a.id.startsWith('law#第一章/')).length);
    // A second lower article of the same pair of documents: no text read again.
    expect(generalArticleOf('第一条 鼓励外国企业来本市参观。', clauses, rule)).toBe(-1);
    expect(read).toBe(once);
    // Another document (another list of units) or another lead reads anew.
    generalClauses([...his], (hi) => law[hi].id, text, lead);
    expect(read).toBe(2 * once);
    generalClauses(his, (hi) => law[hi].id, text, /鼓励/);
    expect(read).toBe(3 * once);
  });
});

describe('channel-cues.txt: the words of lawChannelSystem as lexicon data (channel-systems.ts)', () => {
  it('holds the verb, the kind words and the verbs of building', () => {
    expect(lexicon.channelCues).toEqual({ verbs: ['依托'], kinds: ['等', '之类'], builds: ['构建', '建设', '建立', '搭建', '打造', '完善', '利用', '发挥'] });
  });

  it('reads the one channel after a listed verb only', () => {
    // 广东省知识产权保护条例 (session 50 helper extract's sentence).
    const text = '县级以上人民政府应当依托政务服务平台和网上办事大厅优化知识产权政务服务，推进知识产权业务办理便利化。';
    const [s, e] = [at(text, '政务服务平台'), at(text, '政务服务平台') + 6];
    expect(channelSystem(text, s, e, '政务服务平台', lexicon)).toBe(true);
    expect(channelSystem(text, s, e, '政务服务平台', { ...lexicon, channelCues: { ...lexicon.channelCues, verbs: [] } })).toBe(false);
  });

  it('reads no channel where a listed kind word follows the name', () => {
    // 上海市优化营商环境条例 (2024), a free mirror text.
    const text = '本市推进公共数据开放及大数据普惠金融应用，依托中小企业融资综合信用服务平台等，依法与金融机构等共享市场监管、税务、不动产登记、环保等政务数据和电力、供排水、燃气、网络等公用事业数据，为中小企业融资提供增信服务，并依法保护个人信息、商业秘密。';
    const name = '中小企业融资综合信用服务平台';
    const [s, e] = [at(text, name), at(text, name) + name.length];
    expect(channelSystem(text, s, e, name, lexicon)).toBe(false);
    expect(channelSystem(text, s, e, name, { ...lexicon, channelCues: { ...lexicon.channelCues, kinds: ['之类'] } })).toBe(true);
  });
});
