// A seeded random sample of a snapshot's IMPLEMENTS links, printed for reading: how precise the linker is on a corpus no
// gold covers (a whole law database, a user's own documents). Two draws: document pairs that have links (is the lower
// document carrying out the higher one at all?) and single links (does this article carry out that one?). Session 34
// (lead) read such samples of the whole law mirror (97 of 100 pairs and 32 of 40 links right, see the README), drawn by
// a script of its own before this module was written: its seeds give other samples here.
// `npm run report -- sample-links`; documents whose source file is excluded (a held-out set's) are left out of both draws.
import { mulberry32 } from '../bench/synthetic.js';
import type { Snapshot } from '../graph-schema/index.js';

export interface SampleOptions {
  /** Document pairs to draw (at most all). */
  pairs: number;
  /** Single links to draw (at most all). */
  links: number;
  seed: number;
  /** Source file names (the last path segment) whose documents are left out on either side of a link. */
  excludeFiles?: ReadonlySet<string>;
}

export interface SampledDoc {
  id: string;
  name: string;
  level?: string;
  region?: string;
  /** issuedOn, else the date of its file's name (fileDate). */
  date?: string;
}

export interface SampledPair {
  lower: SampledDoc;
  higher: SampledDoc;
  links: number;
  implements: number;
  maxScore: number;
}

export interface SampledLink {
  verdict: string;
  score: number;
  lower: { doc: SampledDoc; path: string; text: string };
  higher: { doc: SampledDoc; path: string; text: string };
}

export interface LinkSample {
  seed: number;
  /** Links and document pairs drawn from (after the exclusions). */
  links: number;
  pairs: number;
  /** Documents left out by `excludeFiles`. */
  excludedDocs: number;
  pairSample: SampledPair[];
  linkSample: SampledLink[];
}

type Attrs = Record<string, unknown>;

/** Seeded Fisher–Yates: the first `n` of a shuffled copy. */
function draw<T>(xs: T[], n: number, rand: () => number): T[] {
  const a = [...xs];
  const k = Math.min(n, a.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (a.length - i));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, k);
}

export function sampleLinks(snapshot: Pick<Snapshot, 'nodes' | 'edges'>, o: SampleOptions): LinkSample {
  const attrs = new Map<string, Attrs>(snapshot.nodes.map((n) => [n.key, n.attributes as Attrs]));
  const exclude = o.excludeFiles ?? new Set<string>();
  const excluded = new Set<string>();
  for (const n of snapshot.nodes) {
    const a = n.attributes as Attrs;
    if (a.type === 'Document' && ((a.sources as string[] | undefined) ?? []).some((f) => exclude.has(f.split(/[\\/]/).pop()!))) excluded.add(n.key);
  }
  const doc = (id: string): SampledDoc => {
    const a = attrs.get(id) ?? {};
    const date = (a.issuedOn ?? a.fileDate) as string | undefined;
    return { id, name: (a.name as string | undefined) ?? id, ...(a.level ? { level: a.level as string } : {}), ...(a.region ? { region: a.region as string } : {}), ...(date ? { date } : {}) };
  };
  const links = snapshot.edges.filter((e) => {
    if (e.attributes.type !== 'IMPLEMENTS') return false;
    const l = attrs.get(e.source)?.docId as string | undefined;
    const h = attrs.get(e.target)?.docId as string | undefined;
    return l !== undefined && h !== undefined && !excluded.has(l) && !excluded.has(h);
  });
  const pairs = new Map<string, SampledPair>();
  for (const e of links) {
    const l = attrs.get(e.source)!.docId as string;
    const h = attrs.get(e.target)!.docId as string;
    const key = `${l}\n${h}`;
    const p = pairs.get(key) ?? pairs.set(key, { lower: doc(l), higher: doc(h), links: 0, implements: 0, maxScore: 0 }).get(key)!;
    const at = e.attributes as Attrs;
    p.links++;
    if (at.verdict === 'implements') p.implements++;
    p.maxScore = Math.max(p.maxScore, (at.score as number | undefined) ?? 0);
  }
  // Two generators from one seed, so the pairs drawn do not depend on how many links are asked for.
  const pairSample = draw([...pairs.values()], o.pairs, mulberry32(o.seed));
  const measure = (id: string) => {
    const a = attrs.get(id)!;
    return { doc: doc(a.docId as string), path: (a.path as string | undefined) ?? id, text: (a.text as string | undefined) ?? (a.name as string | undefined) ?? '' };
  };
  const linkSample = draw(links, o.links, mulberry32(o.seed + 1)).map((e) => {
    const at = e.attributes as Attrs;
    return { verdict: String(at.verdict ?? ''), score: (at.score as number | undefined) ?? 0, lower: measure(e.source), higher: measure(e.target) };
  });
  return { seed: o.seed, links: links.length, pairs: pairs.size, excludedDocs: excluded.size, pairSample, linkSample };
}

const docLine = (d: SampledDoc) => `${d.name} [${[d.level, d.region, d.date].filter(Boolean).join(' · ')}]`;

/** The sample as text for reading, each entry with a box to tick. */
export function sampleText(s: LinkSample, chars = 240): string {
  const out = [
    `${s.links} IMPLEMENTS links in ${s.pairs} document pairs${s.excludedDocs ? ` (${s.excludedDocs} documents left out)` : ''}; seed ${s.seed}`,
    '',
    `Document pairs (${s.pairSample.length}): links, of which implements, best score — does the lower document carry out the higher one?`,
  ];
  s.pairSample.forEach((p, i) => out.push(`[ ] ${i + 1}. ${p.links} links, ${p.implements} implements, ${p.maxScore.toFixed(2)}: ${docLine(p.lower)} → ${docLine(p.higher)}`));
  out.push('', `Links (${s.linkSample.length}) — does the lower measure carry out the higher one?`);
  const cut = (t: string) => (t.length > chars ? `${t.slice(0, chars)}…` : t).replace(/\s*\n\s*/g, ' ');
  s.linkSample.forEach((l, i) => {
    out.push(`[ ] ${i + 1}. ${l.verdict} ${l.score.toFixed(3)}`);
    out.push(`    lower  ${docLine(l.lower.doc)} ${l.lower.path}: ${cut(l.lower.text)}`);
    out.push(`    higher ${docLine(l.higher.doc)} ${l.higher.path}: ${cut(l.higher.text)}`);
  });
  return out.join('\n');
}
