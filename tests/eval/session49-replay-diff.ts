// Session 49 (helper replay): the calibration replay (links.ts select) against the snapshot's IMPLEMENTS edges, link by link.
// npx tsx tests/eval/session49-replay-diff.ts <set>… (dev regulation sets only; held-out link sets refused by loadDev).
import { DEFAULT_LINK_OPTIONS, profileFor } from '../../ingest/link/options.js';
import { select, type Selection } from './links.js';
import { loadDev } from './dev-cache.js';
import type { Genre } from '../../graph-schema/index.js';
import type { SetId } from './sets.js';

const defaults = (genre: Genre): Selection => {
  const p = profileFor(DEFAULT_LINK_OPTIONS, genre);
  return { weights: p.weights, partial: p.thresholds.partial, implements: p.thresholds.implements, relative: p.relative, topK: p.topK };
};
for (const id of process.argv.slice(2) as SetId[]) {
  const t0 = Date.now();
  const { snapshot, cands } = await loadDev(id, {}, process.env.TAG ?? 'h49replay', process.env.FRESH === '1');
  const t1 = Date.now();
  const snap = new Map(snapshot.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [[`${e.source} > ${e.target}`, `${e.attributes.verdict} ${e.attributes.score}`] as const] : [])));
  const rep = new Map(select(cands, defaults).map((l) => [`${l.lower} > ${l.higher}`, `${l.verdict} ${l.score}`] as const));
  const only = (a: Map<string, string>, b: Map<string, string>) => [...a].filter(([k]) => !b.has(k));
  const diff = [...snap].filter(([k, v]) => rep.has(k) && rep.get(k) !== v);
  console.log(`${id}: snapshot ${snap.size}, replay ${rep.size}, snapshot only ${only(snap, rep).length}, replay only ${only(rep, snap).length}, verdict/score differ ${diff.length} (ingest ${((t1 - t0) / 1000).toFixed(0)} s)`);
  for (const [k, v] of only(snap, rep)) console.log(`  snapshot only: ${k} ${v}`);
  for (const [k, v] of only(rep, snap)) console.log(`  replay only:   ${k} ${v}`);
  for (const [k, v] of diff) console.log(`  differ:        ${k} snapshot ${v} replay ${rep.get(k)}`);
}
