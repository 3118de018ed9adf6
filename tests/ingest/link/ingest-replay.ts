// The IMPLEMENTS links of an ingested snapshot and the links coverage's threshold replay derives from the same snapshot,
// each as sorted `source > target verdict score` lines: a test compares the two to show the replay gives the ingest's links.
import { graphFromSnapshot } from '../../../coverage/graph.js';
import { replayedLinks } from '../../../coverage/replay.js';
import type { Snapshot } from '../../../graph-schema/index.js';

export const ingestLinks = (s: Snapshot): string[] =>
  s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [`${e.source} > ${e.target} ${e.attributes.verdict} ${e.attributes.score}`] : [])).sort();

export const replayLinks = (s: Snapshot): string[] => {
  const th = s.attributes.linkThresholds!;
  const t = { implements: (th.byGenre?.regulation ?? th).implements, partial: (th.byGenre?.regulation ?? th).partial };
  return [...replayedLinks(graphFromSnapshot(s), t)!.into].flatMap(([higher, ls]) => ls.map((l) => `${l.source} > ${higher} ${l.verdict} ${l.score}`)).sort();
};
