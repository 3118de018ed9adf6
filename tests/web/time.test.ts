// The time slider's filter (web/src/graph/time.ts) and the research views' state in the URL:
// as of a date, later documents go with their measures, targets and whatever only they carry;
// the steps are the documents' dates; asOf, the cascade, the reader and the evidence survive a
// copied link.
import { describe, expect, it } from 'vitest';
import { applyAsOf, effectiveDate, hiddenAsOf, issuedAfter, timeSteps } from '../../web/src/graph/time.js';
import {
  applyQuery,
  closeResearch,
  initialState,
  openEvidence,
  openResearch,
  queryToState,
  setAsOf,
  setCascadeAllLinks,
  setCascadeRegion,
  stateToQuery,
  toggleCascadePair,
  urlChange,
} from '../../web/src/state/index.js';
import { DIRECTIVE, JILIN, NATIONAL, fixtureGraph } from './fixtures.js';

describe('time filter', () => {
  it('dates: an issue date, else 1 January of the year; undated documents are never later', () => {
    expect(effectiveDate({ issuedOn: '2022-03-01', year: 2022 })).toBe('2022-03-01');
    expect(effectiveDate({ year: 2022 })).toBe('2022-01-01');
    expect(issuedAfter({ year: 2022 }, '2021-12-31')).toBe(true);
    expect(issuedAfter({ year: 2022 }, '2022-01-01')).toBe(false);
    expect(issuedAfter({}, '1900-01-01')).toBe(false);
  });

  it('the steps are the documents’ dates, ascending and distinct', () => {
    expect(timeSteps(fixtureGraph())).toEqual(['2022-01-01', '2022-03-01']);
  });

  it('hides a later document with its measures and targets and what only it carries, nothing else', () => {
    const g = fixtureGraph();
    const hidden = hiddenAsOf(g, '2022-02-01');
    // National (2022-03-01) is later; 吉林 (year 2022) is not.
    expect(hidden.has(NATIONAL)).toBe(true);
    expect(hidden.has(JILIN)).toBe(false);
    expect(hidden.has(`${NATIONAL}#一/1`)).toBe(true);
    expect(hidden.has(`target:${NATIONAL}#一/1#1`)).toBe(true);
    // Only the national plan mentions these; 吉林 mentions 基层科普行动计划 and 青少年 too.
    expect(hidden.has('prog:科学辟谣平台')).toBe(true);
    expect(hidden.has('org:中国科协')).toBe(true);
    expect(hidden.has('prog:基层科普行动计划')).toBe(false);
    expect(hidden.has('group:青少年')).toBe(false);
    // The directive is still cited by 吉林; 吉林's region stays.
    expect(hidden.has(DIRECTIVE)).toBe(false);
    expect(hidden.has('region:吉林省')).toBe(false);
    // Before every document: all plans go, and the directive only they cite.
    const before = hiddenAsOf(g, '2021-06-30');
    expect(before.has(JILIN) && before.has(DIRECTIVE) && before.has('region:吉林省')).toBe(true);
    expect(hiddenAsOf(g, null).size).toBe(0);
  });

  it('combines with the scope filters: the visible set minus what asOf hides', () => {
    const g = fixtureGraph();
    expect(applyAsOf(g, null, null)).toBeNull();
    const all = applyAsOf(g, null, '2022-02-01')!;
    expect(all.size).toBe(g.order - hiddenAsOf(g, '2022-02-01').size);
    const scoped = applyAsOf(g, new Set([JILIN, NATIONAL]), '2022-02-01')!;
    expect([...scoped]).toEqual([JILIN]);
  });
});

describe('research views in the URL', () => {
  const pair = { lower: 'doc:吉林~a1b2c3#一/1', higher: 'doc:中国科协2020年科普工作要点#一/1' };
  const s = [openResearch('cascade', DIRECTIVE), setCascadeRegion('吉林省'), openEvidence(pair), setAsOf('2022-02-01')].reduce((acc, p) => p(acc), initialState);

  it('round-trips the cascade’s opened pairs of documents and its every-link mode; a new root closes the pairs', () => {
    const key = `${JILIN}→${NATIONAL}`;
    const opened = [toggleCascadePair(key), setCascadeAllLinks(true)].reduce((acc, p) => p(acc), s);
    const back = queryToState(stateToQuery(opened));
    expect(back.research).toMatchObject({ cascadeOpen: [key], cascadeAllLinks: true });
    expect(toggleCascadePair(key)(opened).research.cascadeOpen).toEqual([]);
    expect(openResearch('cascade', NATIONAL)(opened).research.cascadeOpen).toEqual([]);
    expect(openResearch('cascade', DIRECTIVE)(opened).research.cascadeOpen).toEqual([key]);
  });

  it('round-trips view, cascade root, region, evidence (ids holding ~) and asOf', () => {
    const q = stateToQuery(s);
    expect(new URLSearchParams(q).get('view')).toBe('cascade');
    expect(new URLSearchParams(q).get('evidence')).toBe(`${pair.lower}~${pair.higher}`);
    const back = queryToState(q);
    expect(back.research).toEqual({ view: 'cascade', cascade: DIRECTIVE, cascadeRegion: '吉林省', cascadeAllLinks: false, cascadeOpen: [], reader: null, readerSpans: [] });
    expect(back.evidence).toEqual(pair);
    expect(back.asOf).toBe('2022-02-01');
    const reader = queryToState(stateToQuery(openResearch('reader', JILIN)(initialState)));
    expect(reader.research.view).toBe('reader');
    expect(reader.research.reader).toBe(JILIN);
  });

  it('opening evidence is a step (back closes it); moving the slider replaces; junk is dropped', () => {
    expect(urlChange(stateToQuery(initialState), stateToQuery(openEvidence(pair)(initialState)))).toBe('push');
    expect(urlChange(stateToQuery(setAsOf('2020-01-01')(initialState)), stateToQuery(setAsOf('2021-01-01')(initialState)))).toBe('replace');
    const junk = queryToState('evidence=nope&asOf=yesterday&view=cascade,reader');
    expect(junk.evidence).toBeNull();
    expect(junk.asOf).toBeNull();
    expect(applyQuery('')(s).evidence).toBeNull();
    expect(closeResearch()(s).research.view).toBeNull();
  });
});
