import { describe, expect, it } from 'vitest';
import { loadLexicon, LexiconError } from '../../ingest/lexicon/load.js';
import { mkdtempSync, cpSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LEXICON_DIR } from '../../ingest/lexicon/load.js';

const lexicon = loadLexicon();
const surfaces = (type: keyof typeof lexicon.entities) =>
  lexicon.entities[type].flatMap((e) => [e.canonical, ...e.aliases].map((s) => s.replace(/[“”《》]/g, '')));

describe('lexicon', () => {
  it('lists no name twice within an entity type', () => {
    for (const type of Object.keys(lexicon.entities) as (keyof typeof lexicon.entities)[]) {
      const names = surfaces(type);
      const dupes = names.filter((n, i) => names.indexOf(n) !== i);
      expect(dupes, type).toEqual([]);
    }
  });

  it('lists no name under two entity types', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const type of Object.keys(lexicon.entities) as (keyof typeof lexicon.entities)[]) {
      for (const n of new Set(surfaces(type))) {
        if (seen.has(n)) clashes.push(`${n}: ${seen.get(n)} & ${type}`);
        seen.set(n, type);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('gives every region a parent that is itself a region', () => {
    const names = new Set(lexicon.regions.map((r) => r.name));
    const orphans = lexicon.regions.filter((r) => r.parent !== null && !names.has(r.parent));
    expect(orphans).toEqual([]);
  });

  it('rejects a noise rule whose role is unknown', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    cpSync(DEFAULT_LEXICON_DIR, dir, { recursive: true });
    appendFileSync(join(dir, 'noise.txt'), 'banner | ^广告$\n');
    expect(() => loadLexicon(dir)).toThrow(LexiconError);
  });
});
