// Local text reuse between measures: shared character shingles merged into reused passages, in
// the spirit of Smith, Cordell & Dillon 2013 ("Infectious texts: modeling text reuse in
// nineteenth-century newspapers": n-gram candidates from an inverted index, then passage
// alignment). One index over all measures keeps it near-linear.
import { K, shingles } from './shingles.js';

export interface LinkUnit {
  id: string;
  docIndex: number;
  /** Offset of `text` in its document's cleaned text. */
  offset: number;
  text: string;
  entities: Set<string>;
  /** Content words of the unit (jieba), for TF-IDF similarity. */
  words: string[];
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
  signals: { reuse: number; text: number; entities: number };
}

/** Minimum characters of reused text (beyond boilerplate) for a passage to count as evidence. */
export const MIN_PASSAGE = 10;
/** A shingle in more measures than this is boilerplate (习近平新时代中国特色社会主义思想…). */
const MAX_DF = 40;

/** Reused passages between every pair of units that share a rare shingle (one inverted index
 *  over all units, shingles in more than MAX_DF units skipped): lower → higher → passages. */
export function reusedPassages(
  units: LinkUnit[],
  canLink: (lower: number, higher: number) => boolean,
  boilerplate: string[] = [],
): Map<number, Map<number, ReuseLink['passages']>> {
  const sh = units.map((u) => shingles(u.text));
  const sets = sh.map((arr) => new Set(arr));
  const index = new Map<number, number[]>();
  sets.forEach((set, ui) => {
    for (const h of set) {
      const list = index.get(h);
      if (list) list.push(ui);
      else index.set(h, [ui]);
    }
  });
  const out = new Map<number, Map<number, ReuseLink['passages']>>();
  units.forEach((_lower, li) => {
    const candidates = new Set<number>();
    for (const h of sets[li]) {
      const list = index.get(h)!;
      if (list.length > MAX_DF) continue;
      for (const hi of list) if (hi !== li && canLink(li, hi)) candidates.add(hi);
    }
    for (const hi of candidates) {
      const passages = alignPassages(units[li], sh[li], units[hi], sets[hi], boilerplate);
      if (passages.length > 0) {
        const row = out.get(li) ?? new Map<number, ReuseLink['passages']>();
        row.set(hi, passages);
        out.set(li, row);
      }
    }
  });
  return out;
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
