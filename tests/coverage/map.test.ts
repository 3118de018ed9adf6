// The province → ISO 3166-2:CN table (ingest/lexicon/regions.iso.json) against both ends it joins:
// every provincial-level region of the regions lexicon has a code, and every one of the 34
// features of amCharts' China map (Taiwan included) is reached by exactly the regions named for it.
import { readFileSync } from 'node:fs';
import chinaLow from '@amcharts/amcharts5-geodata/json/chinaLow.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { PROVINCE_ISO, isoOfProvince } from '../../coverage/map.js';

const provinces = readFileSync('ingest/lexicon/regions.txt', 'utf8')
  .split('\n')
  .filter((l) => !l.startsWith('#'))
  .map((l) => l.split('|').map((x) => x.trim()))
  .filter((c) => c[1] === 'province')
  .map((c) => c[0]);

describe('province → map feature', () => {
  it('has a code for every provincial-level region of the lexicon', () => {
    expect(provinces.length).toBeGreaterThanOrEqual(34);
    for (const p of provinces) expect(isoOfProvince(p), p).toMatch(/^CN-[A-Z]{2}$/);
  });

  it('reaches all 34 features of the China map, each from its own province', () => {
    const ids = chinaLow.features.map((f) => String(f.id));
    expect(ids).toHaveLength(34);
    expect(new Set(Object.values(PROVINCE_ISO))).toEqual(new Set(ids));
    const byCode = new Map<string, string[]>();
    for (const [p, code] of Object.entries(PROVINCE_ISO)) byCode.set(code, [...(byCode.get(code) ?? []), p]);
    // Only 兵团 shares a feature (drawn inside 新疆).
    expect([...byCode].filter(([, ps]) => ps.length > 1)).toEqual([['CN-XJ', ['新疆维吾尔自治区', '新疆生产建设兵团']]]);
    expect(isoOfProvince('吉林省')).toBe('CN-JL');
    expect(isoOfProvince('台湾省')).toBe('CN-TW');
    expect(isoOfProvince('长春市')).toBeUndefined();
  });
});
