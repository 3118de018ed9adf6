// Session 62 (helper implrules, issue 13): coverage verdicts if the citation-made links a reading names were partial
// (weak) instead of strong: the cached snapshots' IMPLEMENTS edges re-graded in memory, coverage recomputed. Exact for a
// grading (no link is added or dropped), so a reading is weighed before any ingest code is written.
// `npx tsx tests/eval/session62-citing-sim.ts [--tag t] [--sets a,b] [--reading oracle|…]`. Held-out sets are refused.
import { articleKey, loadDev } from './dev-cache.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { coverageAccuracy, measureKeys } from './links.js';
import type { SetId } from './sets.js';
import { citationForm } from './session62-citing.js';

type Reading = (r: { gold: string; before: string; after: string; text: string }) => boolean;
export const READINGS: Record<string, Reading> = {
  oracle: (r) => r.gold !== 'strong',
  oracleStrong: (r) => r.gold === 'strong',
  condition: (r) => citationForm(r.before, r.after) === 'condition',
  definition: (r) => citationForm(r.before, r.after) === 'definition',
  // The citation stands after the article's first sentence (a 。 or ； before it).
  later: (r) => /[。；]/.test(r.before),
  laterSentence: (r) => /。/.test(r.before),
};

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
  const tag = arg('--tag') ?? 'h62ir-base';
  const reading = READINGS[arg('--reading') ?? 'oracle'];
  let [b, a, t] = [0, 0, 0];
  for (const id of sets) {
    const d = await loadDev(id, {}, tag);
    const s = d.snapshot;
    const base = coverageAccuracy(d.gold, s);
    const keys = new Map([...measureKeys(s)].map(([m, ks]) => [m, ks.map(articleKey)]));
    const gold = new Map(d.gold.links.map((l) => [`${articleKey(l.lower)}>${articleKey(l.higher)}`, l.strength]));
    const text = new Map<string, string>();
    for (const n of s.nodes) if (n.attributes.type === 'Measure') text.set(n.key, (n.attributes as { text: string }).text.replace(/\s+/g, ''));
    let moved = 0;
    const edges = s.edges.map((e) => {
      const x = e.attributes as { type: string; verdict?: string; citedArticle?: boolean; evidence?: { citations?: { text: string }[] } };
      if (x.type !== 'IMPLEMENTS' || !x.citedArticle || x.verdict === 'partial') return e;
      const [lk, hk] = [keys.get(e.source) ?? [], keys.get(e.target) ?? []];
      const g = lk.flatMap((l) => hk.map((h) => gold.get(`${l}>${h}`))).find(Boolean) ?? 'none';
      const t = text.get(e.source) ?? '';
      const weak = (x.evidence?.citations ?? []).every((c) => {
        const ct = c.text.replace(/\s+/g, '');
        const at = t.indexOf(ct);
        return at >= 0 && reading({ gold: g, before: t.slice(0, at), after: t.slice(at + ct.length), text: t });
      });
      if (!weak) return e;
      moved++;
      return { ...e, attributes: { ...e.attributes, verdict: 'partial' } };
    });
    const after = coverageAccuracy(d.gold, { ...s, edges } as typeof s);
    [b, a, t] = [b + base.right, a + after.right, t + base.total];
    if (moved || after.right !== base.right) console.log(`${id.padEnd(12)} graded weak ${moved}  verdicts ${base.right} → ${after.right}/${base.total}`);
  }
  console.log(`all: verdicts ${b} → ${a}/${t}`);
}

if (process.argv[1]?.endsWith('session62-citing-sim.ts')) void main();
