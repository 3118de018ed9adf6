// IMPLEMENTS links between measures of documents at different levels, from local text reuse:
// shared character shingles between a lower measure and a higher one, merged into reused
// passages (in the spirit of Smith, Cordell & Dillon 2013, "Infectious texts: modeling text reuse
// in nineteenth-century newspapers": n-gram candidates, then passage alignment), combined with
// the entities both mention. One inverted index over all measures keeps it near-linear.
import { K, shingles } from './shingles.js';

export interface LinkUnit {
  id: string;
  docIndex: number;
  /** Offset of `text` in its document's cleaned text. */
  offset: number;
  text: string;
  entities: Set<string>;
}

export interface LinkDoc {
  rank: number;
  year?: number;
  region?: string;
}

export interface ReuseLink {
  lower: string;
  higher: string;
  score: number;
  passages: { lower: [number, number]; higher: [number, number]; text: string }[];
  sharedEntities: string[];
}

/** Minimum characters of reused text for a passage to count as evidence. */
export const MIN_PASSAGE = 12;
/** Score below which no link is made. */
export const MIN_SCORE = 0.2;
/** A shingle in more measures than this is boilerplate (习近平新时代中国特色社会主义思想…). */
const MAX_DF = 40;
const TOP_K = 3;

export function linkMeasures(
  docs: LinkDoc[],
  units: LinkUnit[],
  canLink: (lower: LinkDoc, higher: LinkDoc) => boolean,
  boilerplate: string[] = [],
): ReuseLink[] {
  const sh = units.map((u) => shingles(u.text));
  const sets = sh.map((arr) => new Set(arr));
  const index = new Map<number, number[]>();
  sh.forEach((arr, ui) => {
    const seen = new Set<number>();
    for (const h of arr) {
      if (seen.has(h)) continue;
      seen.add(h);
      const list = index.get(h);
      if (list) list.push(ui);
      else index.set(h, [ui]);
    }
  });
  const links: ReuseLink[] = [];
  units.forEach((lower, li) => {
    const candidates = new Set<number>();
    for (const h of sets[li]) {
      const list = index.get(h)!;
      if (list.length > MAX_DF) continue;
      for (const hi of list) {
        if (units[hi].docIndex === lower.docIndex) continue;
        candidates.add(hi);
      }
    }
    const scored: ReuseLink[] = [];
    for (const hi of candidates) {
      const higher = units[hi];
      if (!canLink(docs[lower.docIndex], docs[higher.docIndex])) continue;
      const passages = alignPassages(lower, sh[li], higher, sets[hi], boilerplate);
      if (passages.length === 0) continue;
      const reused = passages.reduce((n, p) => n + substance(p.text, boilerplate), 0);
      const sharedEntities = [...lower.entities].filter((e) => higher.entities.has(e)).sort();
      const union = new Set([...lower.entities, ...higher.entities]).size;
      const textScore = Math.min(1, reused / Math.min(lower.text.length, higher.text.length) / 0.5);
      const entityScore = union ? sharedEntities.length / union : 0;
      const score = round(0.75 * textScore + 0.25 * entityScore);
      if (score >= MIN_SCORE) {
        scored.push({ lower: lower.id, higher: higher.id, score, passages, sharedEntities });
      }
    }
    scored.sort((a, b) => b.score - a.score || a.higher.localeCompare(b.higher));
    links.push(...scored.slice(0, TOP_K));
  });
  return links;
}

function alignPassages(
  lower: LinkUnit,
  lowerSh: Uint32Array,
  higher: LinkUnit,
  higherSet: Set<number>,
  boilerplate: string[],
) {
  const out: ReuseLink['passages'] = [];
  let i = 0;
  while (i < lowerSh.length) {
    if (!higherSet.has(lowerSh[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < lowerSh.length && higherSet.has(lowerSh[j + 1])) j++;
    const text = lower.text.slice(i, j + K);
    if (substance(text, boilerplate) >= MIN_PASSAGE) {
      const at = higher.text.indexOf(text);
      const hs = at >= 0 ? at : higher.text.indexOf(text.slice(0, K));
      out.push({
        lower: [lower.offset + i, lower.offset + j + K],
        higher: [higher.offset + Math.max(0, hs), higher.offset + Math.max(0, hs) + (at >= 0 ? text.length : K)],
        text,
      });
    }
    i = j + 1;
  }
  return out;
}

/** Characters of a passage outside boilerplate phrases and punctuation. */
export function substance(text: string, boilerplate: string[]): number {
  let t = text;
  for (const b of boilerplate) t = t.split(b).join('');
  return t.replace(/[\s，。；：、“”《》（）.\d]/g, '').length;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
