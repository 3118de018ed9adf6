// While Neo4j loads, the page shows why Cypher is off with the load's progress; the server writes
// it in English (session 23 qa: English on the Chinese page). The page reads the lines the server
// actually writes (scripts/start-progress.ts loadProgress, neo4j/link.ts's loading sentence) back
// into its language; any other reason stays as the server wrote it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProgress } from '../../scripts/start-progress.js';
import { i18n } from '../../web/src/i18n/index.js';
import { LOADING_REASON, localReason } from '../../web/src/i18n/reason.js';

/** Every kind of line the page is sent during a load: each phase's start, then its progress. */
function serverReasons(): string[] {
  const lines: string[] = [];
  const note = loadProgress((l) => lines.push(`${LOADING_REASON} ${l}`), { everyMs: 0 });
  for (const phase of ['diff', 'staging', 'switch'] as const) {
    note({ phase, done: 0, total: 12_345 });
    note({ phase, done: 6_789, total: 12_345 });
  }
  return [LOADING_REASON, ...lines];
}

describe('the load progress reason on the page', () => {
  it('is the sentence the server starts its loading reason with', () => {
    expect(readFileSync(new URL('../../neo4j/link.ts', import.meta.url), 'utf8')).toContain(`const LOADING = '${LOADING_REASON}';`);
  });

  it('reads in Chinese on the Chinese page, with the counts, and unchanged on the English page', () => {
    const zh = i18n.getFixedT('zh');
    const en = i18n.getFixedT('en');
    const reasons = serverReasons();
    expect(reasons.length).toBe(7);
    for (const reason of reasons) {
      expect(localReason(reason, en)).toBe(reason);
      const shown = localReason(reason, zh);
      expect(shown).toMatch(/[\u4e00-\u9fff]/);
      // Nothing English left but the product names.
      expect(shown.replace(/Neo4j|Cypher/g, ''), shown).not.toMatch(/[A-Za-z]/);
      for (const n of reason.match(/[\d,]{3,}/g) ?? []) expect(shown).toContain(n);
    }
  });

  it('leaves any other reason as the server wrote it', () => {
    const other = 'Cypher is off: no NEO4J_URI and no Java to start a local Neo4j.';
    expect(localReason(other, i18n.getFixedT('zh'))).toBe(other);
  });
});
