// The documents a planner can compare: those read from the corpus (cited-only documents have no
// measures), labelled for a picker, and the pair the gap view opens with.
import { LEVEL_RANK } from '../../../graph-schema/kinds.js';
import type { Level } from '../../../graph-schema/index.js';
import type { PolicyGraph } from './policy-graph.js';

export interface DocumentOption {
  id: string;
  name: string;
  level?: Level;
  region?: string;
  year?: number;
  /** The issuing body, when the text names one: the pickers find a document by it too (not shown in the label). */
  issuer?: string;
  /** name · level · region · year, what the picker shows. */
  label: string;
}

const rank = (level?: Level) => (level ? LEVEL_RANK[level] : 5);

/**
 * In-corpus documents, highest level first, then by year and name. `levelName` words the level
 * in the page's language (the pickers pass i18n's `level.*`); without it the level id is shown.
 */
export function documentOptions(graph: PolicyGraph, levelName: (level: Level) => string = (l) => l): DocumentOption[] {
  const out: DocumentOption[] = [];
  // Each level worded once: the pickers' i18n lookup per document was most of the explorer's first
  // render at 50k nodes (CPU profile, session 43), one task React cannot split.
  const levelNames = new Map<Level, string>();
  const worded = (level: Level) => {
    let w = levelNames.get(level);
    if (w === undefined) levelNames.set(level, (w = levelName(level)));
    return w;
  };
  graph.forEachNode((id, a) => {
    if (a.type !== 'Document' || !a.inCorpus) return;
    const { name, level, region, year, issuer } = a;
    const label = [name, level && worded(level), region, year].filter((x) => x !== undefined && x !== '').join(' · ');
    out.push({ id, name, level, region, year, issuer, label });
  });
  return out.sort(
    (a, b) => rank(a.level) - rank(b.level) || (a.year ?? 0) - (b.year ?? 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

/** IMPLEMENTS edges per (lower document, higher document), keyed `lower|higher`. */
export function implementsByDocumentPair(graph: PolicyGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachEdge((_e, a, _s, _t, sa, ta) => {
    if (a.type !== 'IMPLEMENTS' || sa.type !== 'Measure' || ta.type !== 'Measure') return;
    const key = `${sa.docId}|${ta.docId}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return counts;
}

export interface DocumentPair {
  higher: string | null;
  lower: string | null;
}

/**
 * The pair the gap view opens with: a national/central document above a provincial one, both
 * in the corpus, the pair with the most IMPLEMENTS links (ties: the first in picker order).
 * Without such levels, any two in-corpus documents.
 */
export function defaultDocumentPair(graph: PolicyGraph): DocumentPair {
  const options = documentOptions(graph);
  const highers = options.filter((o) => o.level === 'central' || o.level === 'national');
  const lowers = options.filter((o) => o.level === 'provincial');
  const hs = highers.length ? highers : options;
  const ls = lowers.length ? lowers : options;
  const links = implementsByDocumentPair(graph);
  let best: DocumentPair & { links: number } = { higher: null, lower: null, links: -1 };
  for (const l of ls) {
    for (const h of hs) {
      if (h.id === l.id || rank(h.level) > rank(l.level)) continue;
      const n = links.get(`${l.id}|${h.id}`) ?? 0;
      if (n > best.links) best = { higher: h.id, lower: l.id, links: n };
    }
  }
  if (best.links >= 0) return { higher: best.higher, lower: best.lower };
  return { higher: options[0]?.id ?? null, lower: options[1]?.id ?? null };
}
