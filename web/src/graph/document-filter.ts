// What a document picker shows for a query: the documents whose title, issuer, level, region or year hold every word
// typed (case-insensitive), those whose title holds them all first, each part in the list's own order; only the first
// `limit` are made into rows, the rest counted ("N more — refine"). At 50k nodes a picker holds 16,664 documents
// (session 43's grown fixture): a native <select> of them all was a long style recalculation and no use to a planner.
import type { DocumentOption } from './corpus-documents.js';

/** The rows a picker makes at most (the rest are counted and refined by typing). */
export const PICKER_SHOWN = 50;

export interface PickerHits {
  shown: DocumentOption[];
  /** Matches beyond `shown`. */
  more: number;
}

/** The words of a query: split at white space and at the label's separators (·, ,), lower-cased. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[\s·,，、]+/u)
    .filter((w) => w !== '');
}

/** What a query is matched against, lower-cased: the label (title · level · region · year) and the issuer. */
export function haystack(o: DocumentOption): string {
  return (o.issuer ? `${o.label} · ${o.issuer}` : o.label).toLowerCase();
}

/**
 * The options matching `query` (every word in the title, issuer, level, region or year), title matches first;
 * `first` (ids) are put before the others within each part (the gap view's documents below the higher one).
 * `hay` caches the lower-cased texts by option (made once per list, not per key stroke).
 */
export function filterDocuments(
  options: readonly DocumentOption[],
  query: string,
  limit = PICKER_SHOWN,
  first: ReadonlySet<string> | null = null,
  hay: WeakMap<DocumentOption, string> = new WeakMap(),
): PickerHits {
  const words = queryWords(query);
  const text = (o: DocumentOption) => {
    let h = hay.get(o);
    if (h === undefined) hay.set(o, (h = haystack(o)));
    return h;
  };
  // Buckets in showing order: [first & title, title, first & other field, other field]; without words, [first, rest].
  const buckets: DocumentOption[][] = [[], [], [], []];
  let total = 0;
  for (const o of options) {
    let bucket: number;
    if (words.length === 0) bucket = first?.has(o.id) ? 0 : 1;
    else {
      const h = text(o);
      if (!words.every((w) => h.includes(w))) continue;
      const name = o.name.toLowerCase();
      bucket = (words.every((w) => name.includes(w)) ? 0 : 2) + (first?.has(o.id) ? 0 : 1);
    }
    total++;
    // Each bucket keeps at most `limit`: what comes after them is only counted.
    if (buckets[bucket].length < limit) buckets[bucket].push(o);
  }
  const shown = buckets.flat().slice(0, limit);
  return { shown, more: total - shown.length };
}
