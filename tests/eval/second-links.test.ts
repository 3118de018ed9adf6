// The second-link harness reads dev link sets only: a held-out set's misses are never described.
import { describe, expect, it } from 'vitest';
import { loadDevSet } from './second-links.js';

describe('second-links harness', () => {
  it.each(['overseas', 'heritage', 'weather', 'familyviolence', 'buildingenergy', 'language'] as const)('refuses the held-out link set %s', async (id) => {
    await expect(loadDevSet(id)).rejects.toThrow(/held-out/);
  });
});
