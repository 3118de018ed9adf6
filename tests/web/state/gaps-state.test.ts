import { describe, expect, it } from 'vitest';
import { chooseGapDocuments, initialState, setGapsOnly, toggleGaps } from '../../../web/src/state/index.js';

describe('gap view state producers', () => {
  it('opens and closes the gap view, keeping the chosen documents', () => {
    const chosen = chooseGapDocuments({ higher: 'doc:a', lower: 'doc:b' })(initialState);
    const closed = toggleGaps()(toggleGaps()(chosen));
    expect(toggleGaps()(chosen).gaps.open).toBe(true);
    expect(closed.gaps).toEqual({ open: false, higher: 'doc:a', lower: 'doc:b', gapsOnly: false });
  });

  it('changes one document and leaves the other', () => {
    const s = chooseGapDocuments({ lower: 'doc:c' })(chooseGapDocuments({ higher: 'doc:a', lower: 'doc:b' })(initialState));
    expect([s.gaps.higher, s.gaps.lower]).toEqual(['doc:a', 'doc:c']);
  });

  it('returns the same state when the gaps-only filter does not change', () => {
    const on = setGapsOnly(true)(initialState);
    expect(on.gaps.gapsOnly).toBe(true);
    expect(setGapsOnly(true)(on)).toBe(on);
  });
});
