// A larger snapshot from a real one, for the explorer at scale: copies of its in-corpus
// documents under new names (`<name>·副本<k>`), each with its measures, targets and the edges
// among them, pointing at the same entities, regions and cited documents; IMPLEMENTS and CITES
// between two copied documents stay inside the copy. Structure, degrees and attribute make-up are
// the ingest's own; only the number of documents grows. Deterministic: documents are copied in
// key order until the node count reaches `targetNodes`.
import { edgeKey, type Snapshot } from '../../../graph-schema/index.js';

/** The document a node belongs to (itself for a document), or null for shared nodes. */
function ownerDoc(key: string, attributes: Record<string, unknown>): string | null {
  if (attributes.type === 'Document') return attributes.inCorpus === false ? null : key;
  if (attributes.type === 'Measure' || attributes.type === 'Target') return String(attributes.docId);
  return null;
}

export function growSnapshot(snapshot: Snapshot, targetNodes: number): Snapshot {
  const byDoc = new Map<string, Snapshot['nodes']>();
  for (const n of snapshot.nodes) {
    const doc = ownerDoc(n.key, n.attributes as Record<string, unknown>);
    if (doc === null) continue;
    const list = byDoc.get(doc) ?? [];
    list.push(n);
    byDoc.set(doc, list);
  }
  const docs = [...byDoc.keys()].filter((d) => snapshot.nodes.some((n) => n.key === d)).sort();
  if (docs.length === 0) throw new Error('growSnapshot: the snapshot has no in-corpus document to copy.');
  const nodes = [...snapshot.nodes];
  const edges = [...snapshot.edges];
  const keys = new Set(nodes.map((n) => n.key));
  const owned = new Map<string, string>();
  for (const [doc, list] of byDoc) for (const n of list) owned.set(n.key, doc);
  const edgesOf = new Map<string, Snapshot['edges']>();
  for (const e of snapshot.edges) {
    const doc = owned.get(e.source) ?? owned.get(e.target);
    if (!doc) continue;
    const list = edgesOf.get(doc) ?? [];
    list.push(e);
    edgesOf.set(doc, list);
  }
  for (let copy = 1; nodes.length < targetNodes; copy++) {
    const suffix = `·副本${copy}`;
    const renamed = (key: string) => {
      const doc = owned.get(key);
      return doc ? key.replace(doc, doc + suffix) : key;
    };
    for (const doc of docs) {
      if (nodes.length >= targetNodes) break;
      for (const n of byDoc.get(doc)!) {
        const a = { ...n.attributes } as Record<string, unknown>;
        if (a.type === 'Document') a.name = `${a.name}${suffix}`;
        if (typeof a.docId === 'string') a.docId = a.docId + suffix;
        if (typeof a.measureId === 'string') a.measureId = renamed(a.measureId);
        const key = renamed(n.key);
        if (keys.has(key)) continue;
        keys.add(key);
        nodes.push({ key, attributes: a as Snapshot['nodes'][number]['attributes'] });
      }
      for (const e of edgesOf.get(doc) ?? []) {
        // An edge between two documents' parts is copied with the document that owns its source.
        if (owned.has(e.source) && owned.get(e.source) !== doc) continue;
        const source = renamed(e.source);
        // A part of another document not copied (yet) in this round: the copy links to the original.
        const target = keys.has(renamed(e.target)) ? renamed(e.target) : e.target;
        const type = e.attributes.type;
        const key = e.key === undefined ? undefined : e.key === edgeKey(type, e.source, e.target) ? edgeKey(type, source, target) : `${e.key}${suffix}`;
        edges.push({ ...e, key, source, target } as Snapshot['edges'][number]);
      }
    }
  }
  return { ...snapshot, nodes, edges };
}
