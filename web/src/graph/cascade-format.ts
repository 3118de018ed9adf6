// The cascade as plain text for `npm run report -- cascade`: each document (by level, then date)
// with the links into it, grouped by the lower document: verdict, the two measures' paths, score
// and lag; a citation with its number of places.
import type { Cascade, CascadeLink } from './cascade.js';
import type { AnyPolicyGraph } from './time.js';

function pathOf(g: AnyPolicyGraph, id: string | undefined): string {
  if (!id || !g.hasNode(id)) return '';
  const a = g.getNodeAttributes(id);
  return a.type === 'Measure' ? a.path : '';
}

function linkLine(g: AnyPolicyGraph, l: CascadeLink): string {
  const lag = l.lagDays !== undefined ? `, lag ${l.lagDays} d${l.lagApprox ? ' (from years)' : ''}` : '';
  if (l.kind === 'cites') return `cites (${l.places ?? 1} place${(l.places ?? 1) === 1 ? '' : 's'})${lag}`;
  return `§ ${pathOf(g, l.lower)} ${l.kind} § ${pathOf(g, l.higher)}, score ${(l.score ?? 0).toFixed(2)}${lag}`;
}

export function cascadeText(g: AnyPolicyGraph, c: Cascade): string {
  const name = new Map(c.docs.map((d) => [d.id, d.name]));
  const out: string[] = [];
  for (const d of c.docs) {
    const meta = [d.level ?? '—', d.region, d.date ?? 'undated', d.inCorpus ? '' : 'cited only'].filter(Boolean).join(', ');
    out.push(`${'  '.repeat(d.depth)}${d.name} (${meta})`);
    const into = c.links.filter((l) => l.higherDoc === d.id);
    for (const lower of [...new Set(into.map((l) => l.lowerDoc))]) {
      out.push(`${'  '.repeat(d.depth + 1)}← ${name.get(lower) ?? lower}`);
      for (const l of into.filter((x) => x.lowerDoc === lower)) out.push(`${'  '.repeat(d.depth + 2)}${linkLine(g, l)}`);
    }
  }
  return out.join('\n');
}
