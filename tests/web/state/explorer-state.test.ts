import { describe, expect, it } from 'vitest';
import {
  createStore,
  hoverNode,
  initialState,
  revealType,
  selectNode,
  showAllTypes,
  toggleType,
  toggleScope,
  clearScope,
  applyQuery,
} from '../../../web/src/state/index.js';

describe('explorer state producers', () => {
  it('toggles a type hidden and back without touching the old state', () => {
    const hidden = toggleType('Measure')(initialState);
    expect([...hidden.hiddenTypes]).toEqual(['Measure']);
    expect(initialState.hiddenTypes.size).toBe(0);
    expect(toggleType('Measure')(hidden).hiddenTypes.size).toBe(0);
  });

  it('shows all types again', () => {
    const s = toggleType('Brand')(toggleType('Measure')(initialState));
    expect(showAllTypes()(s).hiddenTypes.size).toBe(0);
  });

  it('asks the camera to frame a scope only when the user changes it, not when a link restores it', () => {
    const chosen = toggleScope('regions', '吉林省')(initialState);
    expect(chosen.scopeFrame).toBe(1);
    expect(clearScope()(chosen).scopeFrame).toBe(2);
    // A reload or back/forward reads the scope from the URL: no new framing, the link's camera stays.
    const restored = applyQuery('?region=%E5%90%89%E6%9E%97%E7%9C%81&cam=0.2,0.3,0.1')(chosen);
    expect(restored.scope.regions).toEqual(['吉林省']);
    expect(restored.scopeFrame).toBe(chosen.scopeFrame);
  });

  it('asks the camera to move only when the selection says so', () => {
    const clicked = selectNode('a')(initialState);
    expect(clicked.focus).toBeNull();
    const searched = selectNode('b', { focus: true })(clicked);
    expect(searched.focus).toEqual({ node: 'b', seq: 1 });
    expect(selectNode('b', { focus: true })(searched).focus?.seq).toBe(2);
  });

  it('returns the same state when hover does not change, so nothing re-renders', () => {
    const s = hoverNode('a')(initialState);
    expect(hoverNode('a')(s)).toBe(s);
  });
});

describe('createStore', () => {
  it('notifies subscribers on change and not on a no-op', () => {
    const store = createStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.dispatch(hoverNode('a'));
    store.dispatch(hoverNode('a'));
    expect(calls).toBe(1);
    expect(store.getState().hovered).toBe('a');
  });
});

describe('revealType', () => {
  it('shows a hidden type and leaves the state alone when it is shown', () => {
    const hidden = toggleType('Brand')(initialState);
    expect(revealType('Brand')(hidden).hiddenTypes.has('Brand')).toBe(false);
    expect(revealType('Brand')(initialState)).toBe(initialState);
  });
});
