// The URL holds the whole view: every part survives state → query → state, steps push and camera
// moves replace, and a hand-edited link with unknown values opens on defaults, not an error.
import { describe, expect, it } from 'vitest';
import {
  applyQuery,
  editConsole,
  initialState,
  queryToState,
  runConsole,
  selectNode,
  setCamera,
  setSizeBy,
  stateToQuery,
  toggleConsole,
  toggleGaps,
  toggleScope,
  toggleType,
  urlChange,
  chooseGapDocuments,
  setGapsOnly,
  type ExplorerState,
  type Producer,
} from '../../../web/src/state/index.js';
import { JILIN, NATIONAL } from '../fixtures.js';

const apply = (s: ExplorerState, ...ps: Producer[]) => ps.reduce((acc, p) => p(acc), s);

const rich = apply(
  initialState,
  selectNode('org:中国科协'),
  toggleConsole(),
  toggleGaps(),
  chooseGapDocuments({ higher: NATIONAL, lower: JILIN }),
  setGapsOnly(true),
  toggleType('Measure'),
  toggleScope('regions', '吉林省'),
  toggleScope('years', 2022),
  toggleScope('documents', 'doc:A, with a comma & an = sign'),
  toggleScope('levels', 'provincial'),
  setSizeBy('year'),
  setCamera({ x: 0.4321, y: 0.6, ratio: 0.25 }),
  editConsole({ query: 'MATCH (n) WHERE n.name CONTAINS "科普" RETURN n LIMIT 5', canned: 'entity-mentions', params: { id: 'org:中国科协' } }),
  runConsole(),
);

describe('URL state', () => {
  it('reproduces every part of the view from its query string', () => {
    const back = queryToState(stateToQuery(rich));
    expect(back.selected).toBe('org:中国科协');
    expect(back.consoleOpen).toBe(true);
    expect(back.gaps).toEqual({ open: true, higher: NATIONAL, lower: JILIN, gapsOnly: true });
    expect([...back.hiddenTypes]).toEqual(['Measure']);
    expect(back.scope).toEqual({ documents: ['doc:A, with a comma & an = sign'], regions: ['吉林省'], levels: ['provincial'], years: [2022] });
    expect(back.sizeBy).toBe('year');
    expect(back.camera).toEqual({ x: 0.4321, y: 0.6, ratio: 0.25 });
    expect(back.console.query).toBe(rich.console.query);
    expect(back.console.canned).toBe('entity-mentions');
    expect(back.console.params).toEqual({ id: 'org:中国科协' });
    expect(back.console.run).toBeGreaterThan(0);
    // And the query of the parsed state is the same string: a reload changes nothing.
    expect(stateToQuery(back)).toBe(stateToQuery(rich));
  });

  it('names an unchanged canned query without its text, and keeps the text once edited', () => {
    const text = 'MATCH (d:Document {id: $id}) RETURN d';
    const chosen = apply(initialState, toggleConsole(), editConsole({ canned: 'document-measures', query: text, cannedCypher: text, params: { id: 'doc:x' } }), runConsole());
    const shared = stateToQuery(chosen);
    expect(new URLSearchParams(shared).has('q')).toBe(false);
    expect(shared).toContain('canned=document-measures');
    expect(shared).toContain('p.id=doc%3Ax');
    // Opened from the link: the text is to be filled in from the canned list, and the URL stays short.
    const opened = queryToState(shared);
    expect(opened.console).toMatchObject({ canned: 'document-measures', query: '', cannedCypher: '', params: { id: 'doc:x' } });
    expect(stateToQuery(opened)).toBe(shared);
    expect(stateToQuery(apply(opened, editConsole({ query: text, cannedCypher: text })))).toBe(shared);
    // An edited canned query carries its text.
    const edited = apply(chosen, editConsole({ query: `${text} LIMIT 1` }));
    expect(queryToState(stateToQuery(edited)).console.query).toBe(`${text} LIMIT 1`);
  });

  it('writes nothing for the default view', () => {
    expect(stateToQuery(initialState)).toBe('');
    expect(queryToState('')).toMatchObject({ selected: null, consoleOpen: false, camera: null, sizeBy: 'degree' });
  });

  it('frames a linked node when the link has no camera, and not when it has one', () => {
    expect(queryToState('node=org:中国科协').focus?.node).toBe('org:中国科协');
    expect(queryToState('node=org:中国科协&cam=0.5,0.5,1').focus).toBeNull();
  });

  it('drops values it does not know instead of failing', () => {
    const s = queryToState('hide=Measure,Nonsense&year=abc&year=2020&cam=1,2,-3&view=console,bogus');
    expect([...s.hiddenTypes]).toEqual(['Measure']);
    expect(s.scope.years).toEqual([2020]);
    expect(s.camera).toBeNull();
    expect(s.consoleOpen).toBe(true);
    expect(s.gaps.open).toBe(false);
  });

  it('pushes a history entry for steps and replaces it for camera moves and typing', () => {
    const a = stateToQuery(apply(initialState, selectNode('org:中国科协')));
    const b = stateToQuery(apply(initialState, selectNode('group:青少年')));
    const moved = stateToQuery(apply(initialState, selectNode('org:中国科协'), setCamera({ x: 0.1, y: 0.2, ratio: 0.5 })));
    const typed = stateToQuery(apply(initialState, selectNode('org:中国科协'), editConsole({ query: 'RETURN 1' })));
    expect(urlChange(a, b)).toBe('push');
    expect(urlChange(a, moved)).toBe('replace');
    expect(urlChange(a, typed)).toBe('replace');
    expect(urlChange(a, a)).toBeNull();
    expect(urlChange('', stateToQuery(apply(initialState, toggleScope('regions', '吉林省'))))).toBe('push');
  });

  it('goes back to the view a URL describes and leaves the state alone when it is the same', () => {
    const now = apply(initialState, selectNode('group:青少年'), toggleConsole());
    const back = applyQuery('?node=org:中国科协')(now);
    expect(back.selected).toBe('org:中国科协');
    expect(back.consoleOpen).toBe(false);
    expect(applyQuery(stateToQuery(now))(now)).toBe(now);
  });
});

describe('the reader opened from a passage (session 40)', () => {
  it('keeps the marked passages in the URL, drops them when the reader opens on a document, and ignores bad ones', async () => {
    const { readInSource, openResearch } = await import('../../../web/src/state/index.js');
    const fromPassage = readInSource(`${JILIN}#1`, JILIN, [[40, 72], [90, 95]])(initialState);
    const query = stateToQuery(fromPassage);
    expect(new URLSearchParams(query).getAll('passage')).toEqual(['40-72', '90-95']);
    expect(queryToState(query).research.readerSpans).toEqual([[40, 72], [90, 95]]);
    expect(urlChange(stateToQuery(initialState), query)).toBe('push');
    // Read from a panel: the whole document, nothing marked.
    expect(openResearch('reader', JILIN)(fromPassage).research.readerSpans).toEqual([]);
    expect(queryToState(`view=reader&reader=${encodeURIComponent(JILIN)}&passage=9-3&passage=x`).research.readerSpans).toEqual([]);
  });
});
