// Terms a regulation defines for itself (options.definedTerms): an article that uses a defined term is
// matched with what the term is defined as, so the same actor named otherwise by the higher text is found.
import { describe, expect, it } from 'vitest';
import { definedTerms, withBigrams, withDefinitions } from '../../../ingest/link/index.js';
import { linkMeasures, type LinkUnit } from '../../../ingest/link/implements.js';
import { DEFAULT_LINK_OPTIONS, linkOptions } from '../../../ingest/link/options.js';

const pattern = DEFAULT_LINK_OPTIONS.definedTerms!.pattern;

describe('defined terms', () => {
  it('reads the definition article, one term or several in one sentence', () => {
    expect(definedTerms('第二条 本条例所称法律援助人员是指承办法律援助事项的人。', pattern)).toEqual([{ term: '法律援助人员', meaning: '承办法律援助事项的人' }]);
    const chained = '第二条 本条例所称法律服务机构，是指律师事务所、公证处；受援人，是指获得法律援助的当事人。';
    expect(definedTerms(chained, pattern).map((d) => d.term)).toEqual(['法律服务机构', '受援人']);
    // A sentence about a standard, not a definition; another document's definition is not this one's.
    expect(definedTerms('第十三条 本条例所称公民经济困难的标准，由省人民政府规定。', pattern)).toEqual([]);
    expect(definedTerms('《志愿服务条例》所称志愿者，是指志愿从事服务的个人。', pattern)).toEqual([]);
  });

  it('adds the meaning to an article using the term, not to the definition itself nor to other articles', () => {
    const defs = [{ term: '法律援助人员', meaning: '承办事项的人' }];
    expect(withDefinitions(['甲'], '法律援助人员不得收取财物。', defs)).toEqual(['甲', '·承办', '·办事', '·事项', '·项的', '·的人']);
    expect(withDefinitions(['甲'], '本条例所称法律援助人员是指承办事项的人。', defs)).toEqual(['甲']);
    expect(withDefinitions(['甲'], '法律援助机构应当及时审查。', defs)).toEqual(['甲']);
  });

  it('lets a lower article naming the actor by its defined term reach the higher article naming it otherwise', () => {
    const o = linkOptions({ genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.9, partial: 0.01 }, pairIdf: false } } });
    const defs = definedTerms('本条例所称法律援助人员是指办理法律援助案件的人员。', pattern);
    const [h, l] = ['办理法律援助案件的人员，应当遵守职业道德。', '法律援助人员不得向受援人收取钱物。'];
    const unit = (id: string, docIndex: number, text: string, words: string[]): LinkUnit => ({ id, docIndex, offset: 0, text, entities: new Set(), words, genre: 'regulation' });
    const other = unit('x', 2, '气象灾害预警信息发布', withBigrams([], '气象灾害预警信息发布', true));
    const score = (expand: boolean) => {
      const lw = withBigrams([], l, true);
      const links = linkMeasures([unit('h', 0, h, withBigrams([], h, true)), unit('l', 1, l, expand ? withDefinitions(lw, l, defs) : lw), other], (a, b) => a === 1 && b === 0, [], o);
      return links[0]?.signals.text ?? 0;
    };
    expect(score(true)).toBeGreaterThan(score(false) + 0.1);
  });
});
