// Session 41 (plans): metadata read on a fresh draw of 200 mirror texts no set holds (scripts/metadata-scan.ts). A header-less
// title about a congress's deputies (…人民代表大会代表…) names no issuer, and the tier words 区县/县区 are no place. Titles of my own
// making; each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { structured } from '../helpers.js';
import { issuerFromTitle, levelAndRegion } from '../../../ingest/structure/issuer.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';

const lexicon = loadLexicon();

describe('a title about the deputies of congresses', () => {
  it('names no issuer in the congress before 代表', () => {
    expect(issuerFromTitle('某某市县区和乡镇人民代表大会代表选举实施细则', lexicon)).toBeUndefined();
  });

  it('still reads a congress that issues a title of its own', () => {
    expect(issuerFromTitle('某某市人民代表大会常务委员会关于加强预算审查监督的决定', lexicon)).toBe('某某市人民代表大会常务委员会');
  });
});

describe('the tier words of local government', () => {
  it('are no county of a municipality', () => {
    expect(levelAndRegion(undefined, '上海市区县和乡镇人民代表大会代表直接选举实施细则', lexicon)).toEqual({ level: 'provincial', region: '上海市' });
  });

  it('leave a district of the municipality its own', () => {
    expect(levelAndRegion('上海市嘉定区人民政府', '上海市嘉定区某某管理办法', lexicon)).toMatchObject({ level: 'county', region: '嘉定区' });
  });

  it('give a header-less text the municipality', () => {
    const doc = structured('x.md', '上海市区县和乡镇人民代表大会代表直接选举实施细则\n\n第一条　为了规范选举，制定本细则。\n第二条　本细则自公布之日起施行。');
    expect([doc.issuer, doc.level, doc.region]).toEqual([undefined, 'provincial', '上海市']);
  });
});
