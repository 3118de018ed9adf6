// The `transitional` article role (session 30): a transitional provision (过渡条款: 本条例施行前在本市无偿献血的公民，本条例施行后
// …按照本条例的规定执行) says how the regulation applies to what happened before it took effect. It carries out no article of
// the higher text: 宁波市献血条例 第三十二条 was linked strong to 献血法 第十四条 (free blood for donors) by their shared words,
// and the gold lists it unlinked. It links only to its own kind (roleLinks.onlyWithSame), as the delegated role does.
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { articleRole, linkOptions } from '../../../ingest/link/options.js';
import { regulationUnit } from './units.js';

const o = linkOptions();
const law14 =
  '第十四条 公民临床用血时只交付用于血液的采集、储存、分离、检验等费用。\n\n无偿献血者临床需要用血时，免交前款规定的费用；无偿献血者的配偶和直系亲属临床需要用血时，可以按照省、自治区、直辖市人民政府的规定免交或者减交前款规定的费用。';
const law10 = '第十条 血站采集血液必须严格遵守有关操作规程和制度，确保献血者的身体健康。';
const city32 = '第三十二条 本条例施行前在本市无偿献血的公民，本条例施行后其本人、配偶和直系亲属临床用血的，按照本条例的规定免交费用。';

describe('transitional articles', () => {
  it('reads a provision on what came before the regulation took effect as transitional', () => {
    expect(articleRole(city32, o)).toBe('transitional');
    expect(articleRole('第八十四条 本法施行前设立的养老机构不符合本法规定条件的，应当限期整改。', o)).toBe('transitional');
    expect(articleRole('第五十八条 本条例实施前颁发的证书继续有效。', o)).toBe('transitional');
  });
  it('leaves the effective date and articles counting from a date of their own alone', () => {
    expect(articleRole('第三十三条 本条例自2013年3月1日起施行。', o)).toBe('effective');
    expect(articleRole('第十九条 献血者自献血之日起五年内，免费享用献血量三倍的血量。', o)).toBeUndefined();
  });
  it('keeps the transitional provision from linking to the free-blood article it shares words with', () => {
    const units = [law14, law10].map((t, i) => ({ ...regulationUnit(`law#${i}`, 0, t), role: articleRole(t, o) }));
    units.push({ ...regulationUnit('city#32', 1, city32), role: articleRole(city32, o) });
    const options = (only: string[]) =>
      linkOptions({ roleLinks: { ...o.roleLinks, onlyWithSame: only as typeof o.roleLinks.none }, topKPerClause: null, paragraphBest: null, procedureStages: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.05, partial: 0.05 }, relative: 0.1, topK: 2, pairIdf: false } } });
    const links = (only: string[]) => linkMeasures(units, (l, h) => l === 1 && h === 0, [], options(only)).map((l) => l.higher).sort();
    expect(o.roleLinks.onlyWithSame).toContain('transitional');
    expect(links(['purpose', 'delegated'])).toContain('law#0');
    expect(links(['purpose', 'delegated', 'transitional'])).not.toContain('law#0');
  });
});
