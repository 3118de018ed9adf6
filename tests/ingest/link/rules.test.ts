// The cascade rules on their own: level order, date order, region chain, lag.
import { describe, expect, it } from 'vitest';
import { canImplement, dateOrder, lag, levelAllows, regionAllows, regionChain, type RuleDoc } from '../../../ingest/link/rules.js';

const parents: Record<string, string> = { 郑州市: '河南省', 河南省: '全国', 广州市: '广东省', 广东省: '全国', 中牟县: '郑州市' };
const doc = (d: Partial<RuleDoc>): RuleDoc => ({ ...d, regionChain: regionChain(d.region, (r) => parents[r]) });

const central = doc({ level: 'central', region: '全国', issuedOn: '2022-09-04' });
const national = doc({ level: 'national', region: '全国', issuedOn: '2022-09-16' });
const henan = doc({ level: 'provincial', region: '河南省', issuedOn: '2023-03-01' });
const guangdong = doc({ level: 'provincial', region: '广东省', issuedOn: '2023-01-10' });
const zhengzhou = doc({ level: 'municipal', region: '郑州市', issuedOn: '2023-06-01' });
const county = doc({ level: 'county', region: '中牟县', year: 2024 });

describe('level order', () => {
  it('allows only upward links, across one or several levels', () => {
    expect(levelAllows(zhengzhou, henan)).toBe(true);
    expect(levelAllows(zhengzhou, national)).toBe(true);
    expect(levelAllows(zhengzhou, central)).toBe(true);
    expect(levelAllows(national, central)).toBe(true);
    expect(levelAllows(henan, zhengzhou)).toBe(false);
    expect(levelAllows(henan, guangdong)).toBe(false); // same level
  });
  it('refuses a document without a level on either side', () => {
    expect(levelAllows(doc({ region: '郑州市', issuedOn: '2023-01-01' }), henan)).toBe(false);
    expect(canImplement(zhengzhou, doc({ region: '河南省' }))).toMatchObject({ ok: false, rule: 'level' });
  });
});

describe('date order', () => {
  it('never links to a document issued after the lower one', () => {
    const early = doc({ level: 'municipal', region: '郑州市', issuedOn: '2023-02-01' });
    expect(dateOrder(early, henan)).toBe('later');
    expect(canImplement(early, henan)).toMatchObject({ ok: false, rule: 'date' });
    expect(canImplement(zhengzhou, henan)).toEqual({ ok: true });
  });
  it('uses the year when a full date is missing', () => {
    expect(dateOrder(county, zhengzhou)).toBe('ok');
    expect(dateOrder(doc({ level: 'county', region: '中牟县', year: 2022 }), zhengzhou)).toBe('later');
  });
  it('keeps the link but flags it when a year is unknown', () => {
    const undated = doc({ level: 'municipal', region: '郑州市' });
    expect(canImplement(undated, henan)).toEqual({ ok: true, dateUnknown: true });
  });
});

describe('region chain', () => {
  it('a city implements its province and national documents, not another province', () => {
    expect(zhengzhou.regionChain).toEqual(['郑州市', '河南省', '全国']);
    expect(regionAllows(zhengzhou, henan)).toBe(true);
    expect(regionAllows(zhengzhou, national)).toBe(true);
    expect(regionAllows(zhengzhou, guangdong)).toBe(false);
    expect(canImplement(zhengzhou, guangdong)).toMatchObject({ ok: false, rule: 'region' });
    expect(canImplement(county, henan)).toEqual({ ok: true });
  });
});

describe('lag', () => {
  it('counts days between issue dates, or years × 365 flagged approximate', () => {
    expect(lag(henan, national)).toEqual({ lagDays: 166 });
    expect(lag(county, zhengzhou)).toEqual({ lagDays: 365, lagApprox: true });
    expect(lag(doc({ level: 'county' }), zhengzhou)).toBeUndefined();
  });
});

describe('a later revision of a law adopted before the lower document', () => {
  // The 2012 text of a law first adopted in 1993, as a law database holds it; a province's 实施办法 of 1995.
  const law = doc({ level: 'central', region: '全国', issuedOn: '2012-08-31', adoptedOn: '1993-07-02' });
  const province1995 = doc({ level: 'provincial', region: '河南省', issuedOn: '1995-06-08' });
  it('may be implemented, flagged, when the lower document came after the adoption', () => {
    expect(canImplement(province1995, law)).toEqual({ ok: true, laterVersion: true });
    expect(canImplement(province1995, { ...law, adoptedOn: undefined })).toMatchObject({ ok: false, rule: 'date' });
  });
  it('never by a document older than the law itself', () => {
    expect(canImplement(doc({ level: 'provincial', region: '河南省', issuedOn: '1990-01-01' }), law)).toMatchObject({ ok: false, rule: 'date' });
  });
  it('counts the lag from the adoption, and from the text itself for a document after it', () => {
    expect(lag(province1995, law)).toEqual({ lagDays: 706 });
    expect(lag(doc({ level: 'provincial', region: '河南省', issuedOn: '2012-09-30' }), law)).toEqual({ lagDays: 30 });
  });
  it('counts the lag from the version in force when the lower document was issued, not from the first adoption', () => {
    // A 2018 text of a law adopted 1987, amended 1995, revised 2000 and 2015; a province's 2017 regulation.
    const air = doc({ level: 'central', region: '全国', issuedOn: '2018-10-26', adoptedOn: '1987-09-05', versionsOn: ['1987-09-05', '1995-08-29', '2000-04-29', '2015-08-29'] });
    expect(lag(doc({ level: 'provincial', region: '河南省', issuedOn: '2017-12-01' }), air)).toEqual({ lagDays: 825 });
    expect(lag(doc({ level: 'provincial', region: '河南省', issuedOn: '1996-01-01' }), air)).toEqual({ lagDays: 125 });
    expect(lag(doc({ level: 'provincial', region: '河南省', year: 2016 }), air)).toEqual({ lagDays: 365, lagApprox: true });
  });
});
