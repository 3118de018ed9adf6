// The link stage may split the lower documents into parts (ingest/link/parallel.ts: a link thread's range; more parts
// than threads when links stream). A part's links depend only on the corpus and its range, so linking every lower
// document on its own gives the links of the whole corpus. Session 62: the title-term and chapter-article passes added a
// link whose higher article no other link of the part named, and the part failed (`reading 'level'`), which took the
// whole mixed corpus down once `licence` joined it.
import { describe, expect, it } from 'vitest';
import { linkImplements } from '../../../ingest/link/index.js';
import { processed } from './real-processed.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';

const lexicon = loadLexicon();

const key = (l: { lower: string; higher: string; verdict: string }) => `${l.lower} → ${l.higher} ${l.verdict}`;

describe('links of the lower documents one at a time = links of the whole corpus', () => {
  // licence, police: ministry rules (the title-term pass); trademark: a chapter carrying its delegating article.
  for (const set of ['licence', 'police', 'trademark']) {
    it(set, async () => {
      const { docs, ids } = await processed(set, lexicon);
      const whole = linkImplements(docs, ids, lexicon).map(key).sort();
      expect(whole.length).toBeGreaterThan(20);
      const parts = docs.flatMap((_, i) => linkImplements(docs, ids, lexicon, {}, false, (d) => d === i)).map(key).sort();
      expect(parts).toEqual(whole);
    }, 600_000);
  }
});
