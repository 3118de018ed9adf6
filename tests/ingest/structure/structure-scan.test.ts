// Session 36 (plans): the anomaly classes of scripts/structure-scan.ts on texts of my own making.
import { describe, expect, it } from 'vitest';
import { structured } from '../helpers.js';
import { anomalies } from '../../../scripts/structure-scan.js';

const law = (body: string) => structured('x.txt', `某某市某某条例\n\n${body}`);

describe('structure-scan anomalies', () => {
  it('counts skipped, repeated and backward article numbers', () => {
    const a = anomalies(law('第一条　甲。\n第三条　乙。\n第三条　丙。\n第二条　丁。'));
    expect(a.skip).toEqual(['1 → 第三条']);
    expect(a.repeat).toEqual(['第三条~2']);
    expect(a.back).toEqual(['3 → 第二条']);
  });

  it('counts chapters out of order and a clean text as clean', () => {
    expect(anomalies(law('第一章　总则\n第一条　甲。\n第三章　附则\n第二条　乙。')).chapterOrder).toEqual(['1 → 第三章']);
    expect(anomalies(law('第一章　总则\n第一条　甲。\n第二章　附则\n第二条　乙。'))).toEqual({});
  });

  it('counts a document of one measure', () => {
    expect(anomalies(law('为了规范管理，特作如下规定：本规定自公布之日起施行。')).fewMeasures).toEqual(['1 measures']);
  });
});
