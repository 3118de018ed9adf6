// The cascade as plain text for `npm run report -- cascade`: each document (by level, then date) with the
// documents that carry it out, one line per pair (cascade-pairs.ts: links by verdict, median score, lag, how many
// of its measures the lower document reaches and which it leaves out); with `links`, each pair's links under it:
// verdict, the two measures' paths, score and lag; a citation with its number of places.
import type { Cascade, CascadeLink } from './cascade.js';
import { cascadePairs, type CascadePair } from './cascade-pairs.js';
import type { AnyPolicyGraph } from './time.js';

function pathOf(g: AnyPolicyGraph, id: string | undefined): string {
  if (!id || !g.hasNode(id)) return '';
  const a = g.getNodeAttributes(id);
  return a.type === 'Measure' ? a.path : '';
}

const lagText = (days: number | undefined, approx: boolean | undefined) => (days !== undefined ? `lag ${days} d${approx ? ' (from years)' : ''}` : '');

function linkLine(g: AnyPolicyGraph, l: CascadeLink): string {
  const lag = l.lagDays !== undefined ? `, ${lagText(l.lagDays, l.lagApprox)}` : '';
  if (l.kind === 'cites') return `cites (${l.places ?? 1} place${(l.places ?? 1) === 1 ? '' : 's'})${lag}`;
  return `§ ${pathOf(g, l.lower)} ${l.kind} § ${pathOf(g, l.higher)}, score ${(l.score ?? 0).toFixed(2)}${lag}`;
}

/** "45 implements, 8 partial; median score 0.27; lag 2001 d; reaches 50 of 66 measures" */
export function pairLine(p: CascadePair): string {
  const counts = [p.implements ? `${p.implements} implements` : '', p.partial ? `${p.partial} partial` : '', p.cites ? `cites (${p.cites} place${p.cites === 1 ? '' : 's'})` : '']
    .filter(Boolean)
    .join(', ');
  const lag = p.lagDays === undefined ? '' : p.lagMin !== p.lagMax ? `lag ${p.lagDays} d (${p.lagMin}–${p.lagMax})${p.lagApprox ? ' (from years)' : ''}` : lagText(p.lagDays, p.lagApprox);
  const reach = p.measuresTotal ? `reaches ${p.measuresTotal - p.notCarried.length} of ${p.measuresTotal} measures` : p.carried.length ? `reaches ${p.carried.length} measures` : '';
  return [counts, p.medianScore !== undefined ? `median score ${p.medianScore.toFixed(2)}` : '', lag, reach].filter(Boolean).join('; ');
}

export function cascadeText(g: AnyPolicyGraph, c: Cascade, opts: { links?: boolean } = {}): string {
  const name = new Map(c.docs.map((d) => [d.id, d.name]));
  const pairs = cascadePairs(g, c);
  const out: string[] = [];
  for (const d of c.docs) {
    const meta = [d.level ?? '—', d.region, d.date ?? 'undated', d.inCorpus ? '' : 'cited only'].filter(Boolean).join(', ');
    const indent = '  '.repeat(d.depth);
    out.push(`${indent}${d.name} (${meta})`);
    for (const p of pairs.filter((x) => x.higherDoc === d.id)) {
      out.push(`${indent}  ← ${name.get(p.lowerDoc) ?? p.lowerDoc}: ${pairLine(p)}`);
      if (p.notCarried.length) out.push(`${indent}      not carried (${p.notCarried.length}): ${p.notCarried.map((m) => m.path).join(', ')}`);
      if (opts.links) for (const l of p.links) out.push(`${indent}    ${linkLine(g, l)}`);
    }
  }
  const links = pairs.reduce((n, p) => n + p.links.length, 0);
  if (!opts.links && links > pairs.length) out.push('', `${links} links in ${pairs.length} pairs of documents; --links lists every link under its pair.`);
  return out.join('\n');
}
