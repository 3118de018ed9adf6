// A plan's announcing sentence (为做好…，现制定工作方案如下。) frames the plan and asks nothing: it never
// links, as the scope and effective-date articles of a law; a preamble that says what to do does.
import { describe, expect, it } from 'vitest';
import { linkMeasures, type LinkUnit } from '../../../ingest/link/implements.js';
import { articleRole, linkOptions } from '../../../ingest/link/options.js';

const o = linkOptions();
describe('announcing sentence of a plan', () => {
  it('is read from the standard form, and only when it is the whole unit', () => {
    expect(articleRole('为做好《关于新时代进一步加强科学技术普及工作的意见》学习、宣传和贯彻落实，切实履行职责使命，现制定工作方案如下。', o)).toBe('announce');
    expect(articleRole('为贯彻落实省委部署，特制定本方案。', o)).toBe('announce');
    expect(articleRole('为深入实施全民科学素质行动，现制定工作要点如下：', o)).toBe('announce');
    expect(articleRole('2020年科普工作将以提升科学素质为主线，打造社会化大科普格局。', o)).toBeUndefined();
    expect(articleRole('为做好宣传，制定工作方案如下。各地要加强组织领导，确保落实到位。', o)).toBeUndefined();
  });
  it('never links, while the item under it still does', () => {
    const text = '为做好科普工作的学习宣传和贯彻落实，推动科学素质建设高质量发展，现制定工作方案如下。';
    const unit = (id: string, docIndex: number, t: string, frame = false): LinkUnit => ({
      id, docIndex, offset: 0, text: t, entities: new Set(), words: t.match(/.{2}/g) ?? [], frame, role: articleRole(t, o),
    });
    const item = '推动科学辟谣平台建设，建设谣言库、辟谣资源库、权威专家库，持续拓宽传播渠道。';
    const units = [unit('hi#前言', 0, text, true), unit('hi#一', 0, item), unit('lo#前言', 1, `${text.slice(0, -1)}，并结合本省实际。`, true), unit('lo#一', 1, item)];
    const links = linkMeasures(units, (l, h) => l === 1 && h === 0, [], o);
    expect(links.map((l) => `${l.lower}>${l.higher}`)).toEqual(['lo#一>hi#一']);
  });
});
