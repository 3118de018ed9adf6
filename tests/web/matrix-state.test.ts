// The matrix and targets views in the URL: a copied link reopens the same view (directive,
// thresholds, sort, province, metric, targets sort); bad values are dropped; a change is a step.
import { describe, expect, it } from 'vitest';
import { initialState, parseThreshold, queryToState, setMatrix, setTargets, stateToQuery, toggleMatrix, toggleTargets, urlChange } from '../../web/src/state/index.js';

describe('matrix and targets state in the URL', () => {
  it('round-trips the matrix view', () => {
    const s = setMatrix({ directive: 'doc:中国科协2020年科普工作要点', threshold: { implements: 0.3, partial: 0.1 }, sort: 'coverage', province: '吉林省' })(toggleMatrix()(initialState));
    const q = stateToQuery(s);
    expect(new URLSearchParams(q).get('view')).toBe('matrix');
    expect(new URLSearchParams(q).get('threshold')).toBe('0.3,0.1');
    expect(queryToState(q).matrix).toEqual(s.matrix);
    expect(stateToQuery(queryToState(q))).toBe(q);
  });

  it('opens one of the two at a time and round-trips the targets view', () => {
    const s = setTargets({ metric: '公民具备科学素质比例', sort: 'value' })(toggleTargets()(toggleMatrix()(initialState)));
    expect([s.matrix.open, s.targets.open]).toEqual([false, true]);
    const q = stateToQuery(s);
    expect(queryToState(q).targets).toEqual(s.targets);
    expect(urlChange(stateToQuery(initialState), q)).toBe('push');
  });

  it('drops thresholds and sorts it cannot read', () => {
    expect(parseThreshold('0.1,0.3')).toBeNull(); // partial above implements
    expect(parseThreshold('2,0.1')).toBeNull();
    expect(parseThreshold('x')).toBeNull();
    const s = queryToState('view=matrix&threshold=abc&sort=random&tsort=nope');
    expect([s.matrix.threshold, s.matrix.sort, s.targets.sort]).toEqual([null, 'order', 'document']);
    expect(s.matrix.open).toBe(true);
  });
});
