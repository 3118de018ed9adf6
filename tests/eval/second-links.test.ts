// The second-link harness reads dev link sets only: a held-out set's misses are never described.
import { describe, expect, it } from 'vitest';
import { HELD_OUT_LINK_SETS } from './sets.js';
import { loadDevSet } from './second-links.js';

describe('second-links harness', () => {
  it.each(HELD_OUT_LINK_SETS)('refuses the held-out link set %s', async (id) => {
    await expect(loadDevSet(id)).rejects.toThrow(/held-out/);
  });
});
