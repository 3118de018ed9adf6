// Where a laterVersion link's lag starts (web/src/graph/later-version.ts): the law's text in force at the lower
// document's date, as ingest/link/rules.ts counts it. Session 34 trial: 新乡's 2020-06-03 regulation and the 2021
// 消防法 (adopted 1998-04-29, revised 2008-10-28, amended 2019-04-23 and 2021-04-29): 407 days from 2019-04-23,
// which the evidence called "from the adoption".
import { describe, expect, it } from 'vitest';
import { lagSince } from '../../../web/src/graph/later-version.js';

const FIRE_LAW = { issuedOn: '2021-04-29', history: [{ date: '1998-04-29' }, { date: '2008-10-28' }, { date: '2019-04-23' }, { date: '2021-04-29' }] };
const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

describe('lagSince', () => {
  it('is the latest text of the law on or before the lower document’s date', () => {
    const since = lagSince(FIRE_LAW, { issuedOn: '2020-06-03' });
    expect(since).toBe('2019-04-23');
    expect(days(since!, '2020-06-03')).toBe(407); // the link's lagDays in the snapshot
    expect(lagSince(FIRE_LAW, { issuedOn: '2019-04-23' })).toBe('2019-04-23');
  });

  it('reads an undated text by its file name’s date, a year alone as its last day, and gives up without a date', () => {
    const teachers = { issuedOn: '2009-08-27', history: [{ date: '1993-10-31' }, { date: '2009-08-27' }] };
    expect(lagSince(teachers, { fileDate: '1997-11-03' })).toBe('1993-10-31');
    expect(lagSince(FIRE_LAW, { year: 2008 })).toBe('2008-10-28');
    expect(lagSince(FIRE_LAW, {})).toBeUndefined();
    expect(lagSince({ issuedOn: '2021-04-29' }, { issuedOn: '2020-06-03' })).toBeUndefined();
  });
});
