// One name per real-world thing: lexicon aliases map to their canonical name, quotes and the
// 品牌/APP decorations go, and 省X inside a provincial document was already made <province>X.
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';

const aliasCache = new WeakMap<Lexicon, Map<string, string>>();

function aliasMap(lexicon: Lexicon): Map<string, string> {
  let m = aliasCache.get(lexicon);
  if (!m) {
    m = new Map();
    for (const entries of Object.values(lexicon.entities)) {
      for (const e of entries) for (const a of [e.canonical, ...e.aliases]) m.set(strip(a), e.canonical);
    }
    aliasCache.set(lexicon, m);
  }
  return m;
}

function strip(s: string): string {
  return s.replace(/[“”《》]/g, '').replace(/(APP|App|app|品牌)$/, '');
}

export function canonicalEntity(hit: DictHit, lexicon: Lexicon): string {
  const bare = strip(hit.canonical);
  return aliasMap(lexicon).get(bare) ?? aliasMap(lexicon).get(hit.canonical) ?? bare;
}

/** Canonical organisation name for an issuer as written (湖北省科学技术协会 → 湖北省科协). */
export function canonicalOrganisation(name: string, lexicon: Lexicon): string {
  return aliasMap(lexicon).get(strip(name)) ?? name;
}
