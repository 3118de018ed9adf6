// A city document added to an ingested snapshot, linked only to its province's document: the case of
// 焦作's and 开封's air-pollution regulations on the law mirror, which link only to 河南省大气污染防治条例. The
// city's measures and links are written here (not by the linker), so what coverage reads through the chain
// is known: a city measure implements a provincial measure, which the linker linked to the national one.
import { edgeKey, type Snapshot } from '../../graph-schema/index.js';
import type { CoverageGraph } from '../../coverage/index.js';

/** A region node of a hand-built coverage graph, PART_OF its parent (matrix.test.ts, uncompared.test.ts). */
export function addRegion(g: CoverageGraph, name: string, level: 'country' | 'province' | 'city', parent?: string): void {
  g.mergeNode(`region:${name}`, { type: 'Region', name, level });
  if (parent) g.addEdgeWithKey(edgeKey('PART_OF', `region:${name}`, `region:${parent}`), `region:${name}`, `region:${parent}`, { type: 'PART_OF' });
}

export interface CityLink {
  /** The city measure's path. */
  path: string;
  /** The provincial measure it implements. */
  province: string;
  verdict: 'implements' | 'partial';
  score: number;
}

export function withCity(snapshot: Snapshot, city: { name: string; region: string; province: string; issuedOn: string; links: CityLink[] }): Snapshot {
  const doc = `doc:${city.name}`;
  const nodes = [...snapshot.nodes];
  const edges = [...snapshot.edges];
  const region = `region:${city.region}`;
  if (!nodes.some((n) => n.key === region)) {
    nodes.push({ key: region, attributes: { type: 'Region', name: city.region, level: 'city' } });
    edges.push({ key: edgeKey('PART_OF', region, `region:${city.province}`), source: region, target: `region:${city.province}`, attributes: { type: 'PART_OF' } });
  }
  const text = city.links.map((l, i) => `${i + 1}.落实${l.province}。`).join('\n');
  nodes.push({
    key: doc,
    attributes: { type: 'Document', name: city.name, inCorpus: true, level: 'municipal', region: city.region, issuedOn: city.issuedOn, year: Number(city.issuedOn.slice(0, 4)), genre: 'plan', sources: [], text, aliases: [] },
  });
  edges.push({ key: edgeKey('FOR_REGION', doc, region), source: doc, target: region, attributes: { type: 'FOR_REGION' } });
  let at = 0;
  city.links.forEach((l, i) => {
    const id = `${doc}#${l.path}`;
    const line = `${i + 1}.落实${l.province}。`;
    nodes.push({ key: id, attributes: { type: 'Measure', name: `落实${i + 1}`, text: line, docId: doc, path: l.path, ordinal: i, span: [at, at + line.length], kind: 'item', leaf: true } });
    at += line.length + 1;
    edges.push({ key: edgeKey('HAS_MEASURE', doc, id), source: doc, target: id, attributes: { type: 'HAS_MEASURE', ordinal: i } });
    edges.push({
      key: edgeKey('IMPLEMENTS', id, l.province),
      source: id,
      target: l.province,
      attributes: { type: 'IMPLEMENTS', verdict: l.verdict, score: l.score, lagDays: 60, evidence: { passages: [], sharedEntities: [], signals: { reuse: 0, text: l.score, entities: 0 } } },
    });
  });
  return { ...snapshot, nodes, edges };
}
