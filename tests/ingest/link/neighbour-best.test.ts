// A regulation splits one article of its law over consecutive articles (options.neighbourBest): an article that links
// to nothing keeps its best candidate, as a partial link, when the article just before or after it links to that same
// higher article; an isolated article with the same weak best candidate keeps nothing.
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { DEFAULT_LINK_OPTIONS, linkOptions } from '../../../ingest/link/options.js';
import { neighbourBest, neighbourCandidate } from '../../../ingest/link/neighbours.js';
import { regulationUnit } from './units.js';

const unit = regulationUnit;

describe('neighbourBest', () => {
  it('is on by default for regulations, under the partial threshold', () => {
    const n = DEFAULT_LINK_OPTIONS.neighbourBest!;
    expect(n.genres).toContain('regulation');
    expect(n.min).toBeLessThan(DEFAULT_LINK_OPTIONS.genres.regulation!.thresholds!.partial!);
  });

  it('keeps the best candidate of an unlinked measure whose neighbour links to it, and only then', () => {
    const doc = (linked: string[], best?: string) => ({ doc: 1, linked: new Set(linked), ...(best ? { best } : {}) });
    expect(neighbourBest([doc(['law#5']), doc([], 'law#5'), doc(['law#9'])])).toEqual([1]);
    expect(neighbourBest([doc(['law#9']), doc([], 'law#5'), doc(['law#7'])])).toEqual([]);
    // Another document's last measure is no neighbour.
    expect(neighbourBest([{ doc: 0, linked: new Set(['law#5']) }, doc([], 'law#5')])).toEqual([]);
    // A measure that links already keeps no extra candidate.
    expect(neighbourBest([doc(['law#5']), { doc: 1, linked: new Set(['law#6']), best: 'law#5' }])).toEqual([]);
  });

  it('asks a clear enough best candidate: at least min, and ratio times the second best of its document', () => {
    const rule = { min: 0.08, ratio: 1.2 };
    expect(neighbourCandidate([{ doc: 0, score: 0.05 }, { doc: 0, score: 0.1 }], rule)).toBe(1);
    expect(neighbourCandidate([{ doc: 0, score: 0.07 }], rule)).toBe(-1);
    expect(neighbourCandidate([{ doc: 0, score: 0.095 }, { doc: 0, score: 0.1 }], rule)).toBe(-1);
    // The second best counts in the best candidate's document only.
    expect(neighbourCandidate([{ doc: 2, score: 0.095 }, { doc: 0, score: 0.1 }], rule)).toBe(1);
  });

  it('links the second of two consecutive articles that carry out one article of the law', () => {
    const units = [
      unit('law#第十条', 0, '第十条 国家实行无偿献血制度。县级以上人民政府应当组织献血宣传，鼓励健康公民自愿献血，对献血者给予表彰。'),
      unit('law#第十一条', 0, '第十一条 血站对献血者应当免费进行必要的健康检查；身体状况不符合献血条件的，血站应当向其说明情况。'),
      unit('law#第十二条', 0, '第十二条 临床用血的包装、储存、运输，必须符合国家规定的卫生标准和要求。'),
      unit('prov#第五条', 1, '第五条 县级以上人民政府应当组织献血宣传，鼓励健康公民自愿献血，实行无偿献血制度。'),
      // Its own words for the rest of 第十条 (the honour of donors), which scores low against every article (the
    // thresholds are set above its score: only the rule under test may link it).
      unit('prov#第六条', 1, '第六条 对无偿献血者给予表彰的，颁发荣誉证书，并在报刊上公开。'),
    ];
    const options = (neighbourBest: typeof DEFAULT_LINK_OPTIONS.neighbourBest) =>
      linkOptions({
        neighbourBest,
        clearBest: null,
        paragraphBest: null,
        procedureStages: null,
        genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.5, partial: 0.45 }, relative: 0.8, topK: 2, pairIdf: true } },
      });
    const linked = (o: ReturnType<typeof options>) => linkMeasures(units, (l, h) => l === 1 && h === 0, [], o).map((l) => `${l.lower}>${l.higher}:${l.verdict}`).sort();
    const off = linked(options(null));
    expect(off).toContain('prov#第五条>law#第十条:implements');
    expect(off.some((l) => l.startsWith('prov#第六条'))).toBe(false);
    expect(linked(options({ genres: ['regulation'], min: 0.01, ratio: 1.2 }))).toEqual([...off, 'prov#第六条>law#第十条:partial'].sort());
    // Its neighbour linked elsewhere: nothing kept.
    const alone = linkMeasures(units.filter((u) => u.id !== 'prov#第五条'), (l, h) => l === 1 && h === 0, [], options({ genres: ['regulation'], min: 0.01, ratio: 1.2 }));
    expect(alone.some((l) => l.lower === 'prov#第六条')).toBe(false);
  });
});
