// What coverage's threshold-replay tests compare (sessions 54, 60, 61): a snapshot's IMPLEMENTS links as ingested and as
// coverage/replay.ts gives them again, one line each (lower > higher verdict score), and the snapshot's own thresholds.
import type { Snapshot } from '../../graph-schema/index.js';
import { graphFromSnapshot } from '../../coverage/graph.js';
import { replayedLinks } from '../../coverage/replay.js';

export type T = { implements: number; partial: number };

/** The snapshot's IMPLEMENTS links, sorted. */
export const ingestLinks = (s: Snapshot) =>
  s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [`${e.source} > ${e.target} ${e.attributes.verdict} ${e.attributes.score}`] : [])).sort();

/** The links coverage's replay gives at thresholds `t`, sorted. */
export const replayed = (s: Snapshot, t: T) =>
  [...replayedLinks(graphFromSnapshot(s), t)!.into].flatMap(([higher, ls]) => ls.map((l) => `${l.source} > ${higher} ${l.verdict} ${l.score}`)).sort();

/** The snapshot's own thresholds for regulations. */
export const own = (s: Snapshot): T => {
  const th = s.attributes.linkThresholds!;
  const g = th.byGenre?.regulation ?? th;
  return { implements: g.implements, partial: g.partial };
};

/** The snapshot as if ingested with these selection rules recorded. */
export const withRules = (s: Snapshot, rules: Record<string, unknown>): Snapshot => ({
  ...s,
  attributes: { ...s.attributes, linkSelection: { ...s.attributes.linkSelection!, rules: { ...s.attributes.linkSelection!.rules, ...rules } } },
});
