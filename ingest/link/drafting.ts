// Drafting rewrites (options.draftingRewrites, ingest/lexicon/drafting-rewrites.txt): the forms in which a local
// regulation restates its higher law (its own government level for 国务院, 本条例 for 本法, the new department names,
// other sanction amounts) brought to one form, so that the character bigrams of the two texts meet where they say
// the same. Read once from the lexicon file; applied to a unit's text before its bigrams are taken.
import { readFileSync } from 'node:fs';

export interface DraftingRewrite {
  group: string;
  pattern: string;
  replacement: string;
}

/** The rewrites of a lexicon file: `pattern => replacement` lines under `[group]` headers, # comments. */
export function readRewrites(url: URL): DraftingRewrite[] {
  const out: DraftingRewrite[] = [];
  let group = '';
  for (const raw of readFileSync(url, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const g = /^\[([a-z-]+)\]/.exec(line);
    if (g) {
      group = g[1];
      continue;
    }
    const at = line.indexOf(' =>');
    if (at < 0 || !group) throw new Error(`drafting rewrites: not a rule under a group: ${line}`);
    const [pattern, replacement] = [line.slice(0, at).trim(), line.slice(at + 3).trim()];
    new RegExp(pattern, 'g');
    out.push({ group, pattern, replacement });
  }
  return out;
}

/** A function applying the rewrites, in order, to a text. */
export function drafting(rules: DraftingRewrite[]): (text: string) => string {
  const compiled = rules.map((r) => [new RegExp(r.pattern, 'g'), r.replacement] as const);
  return (text) => compiled.reduce((t, [re, to]) => t.replace(re, to), text);
}
