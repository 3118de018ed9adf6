// Dictionary pass: longest match of every lexicon name and alias (quotes ignored), plus the
// region-bound short forms of a provincial document: 省科协 → 吉林省科协, 省文明办 → 吉林省文明办.
import type { EntityType } from '../../graph-schema/index.js';
import type { Lexicon } from '../lexicon/load.js';
import { regionByName } from '../lexicon/regions.js';

export interface DictHit {
  type: EntityType;
  canonical: string;
  start: number;
  end: number;
}

export interface Dictionary {
  byFirst: Map<string, { surface: string; type: EntityType; canonical: string }[]>;
}

const cache = new WeakMap<Lexicon, Dictionary>();

export function dictionary(lexicon: Lexicon): Dictionary {
  let d = cache.get(lexicon);
  if (d) return d;
  const byFirst: Dictionary['byFirst'] = new Map();
  for (const [type, entries] of Object.entries(lexicon.entities) as [EntityType, Lexicon['entities'][EntityType]][]) {
    for (const e of entries) {
      for (const surface of new Set([e.canonical, ...e.aliases].map((s) => s.replace(/[“”]/g, '')))) {
        if (surface.length < 2) continue;
        const list = byFirst.get(surface[0]) ?? [];
        list.push({ surface, type, canonical: e.canonical });
        byFirst.set(surface[0], list);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  d = { byFirst };
  cache.set(lexicon, d);
  return d;
}

/** Longest-match scan; quotation marks inside a name (“科普中国”品牌) are skipped over. */
export function dictionaryHits(text: string, from: number, to: number, dict: Dictionary): DictHit[] {
  const hits: DictHit[] = [];
  let i = from;
  while (i < to) {
    const list = dict.byFirst.get(text[i]);
    let hit: DictHit | undefined;
    if (list) {
      for (const cand of list) {
        const end = matchAt(text, i, to, cand.surface);
        if (end > 0) {
          hit = { type: cand.type, canonical: cand.canonical, start: i, end };
          break;
        }
      }
    }
    if (hit) {
      hits.push(hit);
      i = hit.end;
    } else i++;
  }
  return hits;
}

function matchAt(text: string, i: number, to: number, surface: string): number {
  let k = 0;
  let j = i;
  while (k < surface.length && j < to) {
    if (text[j] === surface[k]) {
      j++;
      k++;
    } else if ((text[j] === '“' || text[j] === '”') && j > i) j++;
    else return -1;
  }
  if (k < surface.length) return -1;
  if (text[j] === '”' && text.lastIndexOf('“', j) >= i) j++;
  return j;
}

/** 省科协 / 市科协 / 省委宣传部 in a document of a region → the region's organisation. */
export function regionBoundHits(
  text: string,
  from: number,
  to: number,
  regionName: string | undefined,
  lexicon: Lexicon,
): DictHit[] {
  if (!regionName) return [];
  const region = regionByName(regionName, lexicon);
  // In a city's plan 省科协 is the province's; in a province's plan 市科协 names no one city.
  const owners: Record<string, string | undefined> = {
    省: region?.level === 'province' ? region.name : region?.level === 'city' ? region.parent ?? undefined : undefined,
    市: region?.level === 'city' ? region.name : undefined,
  };
  const suffixes = [...lexicon.orgSuffixes, ...lexicon.govSuffixes].sort((a, b) => b.length - a.length).join('|');
  const re = new RegExp(`(?<![全本各我外该级])(省|市)(委(?:${suffixes})?|政府|(?:${suffixes}))`, 'g');
  const hits: DictHit[] = [];
  for (const m of text.slice(from, to).matchAll(re)) {
    const owner = owners[m[1]];
    if (!owner) continue;
    const start = from + m.index!;
    hits.push({ type: 'Organisation', canonical: `${owner}${m[2]}`, start, end: start + m[0].length });
  }
  return hits;
}
