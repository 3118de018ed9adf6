// Esc outside a field (session 19 QA): one press closes what is on top, in the order a user sees
// them stacked; it used to close only the side panel, so a matrix or cascade had to be clicked shut.
import { describe, expect, it } from 'vitest';
import { closeTopmost, initialState, openEvidence, openResearch, selectNode, toggleConsole, toggleGaps, toggleMatrix } from '../../../web/src/state/index.js';

describe('closeTopmost', () => {
  it('closes the evidence, the side panel, the research view, the gap view and the console, one per press', () => {
    let s = [toggleConsole(), toggleGaps(), openResearch('cascade', 'doc:a'), selectNode('m:1'), openEvidence({ lower: 'm:2', higher: 'm:1' })].reduce((x, p) => p(x), initialState);
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      const next = closeTopmost()(s);
      if (next === s) break;
      if (s.evidence && !next.evidence) seen.push('evidence');
      if (s.selected && !next.selected) seen.push('panel');
      if (s.research.view && !next.research.view) seen.push('cascade');
      if (s.gaps.open && !next.gaps.open) seen.push('gaps');
      if (s.consoleOpen && !next.consoleOpen) seen.push('console');
      s = next;
    }
    expect(seen).toEqual(['evidence', 'panel', 'cascade', 'gaps', 'console']);
    expect(s.research.cascade).toBe('doc:a'); // the cascade's root stays for the next time it opens
    expect(closeTopmost()(s)).toBe(s);
  });

  it('closes the coverage matrix', () => {
    const open = toggleMatrix()(initialState);
    expect(closeTopmost()(open).matrix.open).toBe(false);
  });
});
