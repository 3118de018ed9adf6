// The development golds with their texts, for tests that check a gold decision holds in every development gold
// (session52-goldreview, session53-goldreview). Held-out sets are filtered by id before any file is read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGoldFiles, resolveGold } from './gold.js';
import type { GoldDocument } from './gold-schema.js';
import { HELD_OUT_LINK_SETS, SET_IDS, SETS, type SetId } from './sets.js';

/** Held out under the sessions' rules: every …held set (the spent random draws included), disability, the held-out link families. */
export const heldOut = (id: SetId) => id.includes('held') || id === 'disability' || HELD_OUT_LINK_SETS.includes(id);

export interface DevGold {
  id: SetId;
  g: GoldDocument;
  text: string;
}

/** Every development set's gold documents (metadata-only ones left out) with the text each was read from. */
export async function loadDevGolds(): Promise<DevGold[]> {
  const perSet = await Promise.all(
    SET_IDS.filter((id) => !heldOut(id)).map(async (id) => {
      const set = SETS[id];
      const gold = resolveGold((await loadGoldFiles(set.gold)).map((f) => f.gold));
      return gold.documents
        .filter((g) => !gold.metaOnly?.has(g.file))
        .map((g) => ({ id, g, text: readFileSync(join(set.corpus, g.file), 'utf8') }));
    }),
  );
  return perSet.flat();
}
