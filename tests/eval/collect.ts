// What the snapshot claims about each corpus document, in the scorer's terms: metadata, measure
// paths, entity names by type, cited titles and targets. Pure: a Snapshot in, values out.
import type { EntityType, NodeAttributes, NodeOf, Snapshot } from '../../graph-schema/index.js';
import { z } from 'zod';
import { ENTITY_TYPES } from '../../graph-schema/index.js';

export interface PredictedMeta {
  name?: string;
  issuer?: string;
  issuedOn?: string;
  docNumber?: string;
  level?: string;
  region?: string;
  year?: number;
  genre?: string;
  history?: { date: string; action: 'adopted' | 'approved' | 'amended' | 'revised'; by: string }[];
}

export interface PredictedCitation {
  name: string;
  aliases: string[];
}

export interface PredictedTarget {
  name: string;
  metric: string;
  comparator: string;
  value: number;
  valueMax?: number;
  unit: string;
  year?: number;
}

export interface PredictedDocument {
  id: string;
  /** Base names of the files the document was read from. */
  sources: string[];
  meta: PredictedMeta;
  measures: string[];
  entities: Record<EntityType, string[]>;
  citedDocuments: PredictedCitation[];
  targets: PredictedTarget[];
}

type SnapshotNode = Snapshot['nodes'][number];
/** Measure kinds that hold text but are not measures in the gold's sense (tests/gold/README.md). */
const NOT_MEASURES = new Set(['notice', 'preamble']);
type SnapshotEdge = Snapshot['edges'][number];

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * One entry per corpus document (`inCorpus`). Measures are its leaf Measure nodes other than the
 * notice and the preamble. Entities are those MENTIONS reaches from the
 * document's measures (or from the document itself), plus its ISSUED_BY organisation; citations
 * are CITES from the document or its measures; targets are Target nodes of the document or SETS
 * from its measures.
 */
export function collect(snapshot: Snapshot): PredictedDocument[] {
  const nodes = new Map<string, NodeAttributes>(snapshot.nodes.map((n: SnapshotNode) => [n.key, n.attributes]));
  const out = new Map<string, Omit<PredictedDocument, 'entities'> & { entities: Record<EntityType, Set<string>> }>();
  const owner = new Map<string, string>(); // Document or Measure key → document key

  for (const n of snapshot.nodes) {
    const a = n.attributes;
    if (a.type !== 'Document' || !a.inCorpus) continue;
    owner.set(n.key, n.key);
    out.set(n.key, {
      id: n.key,
      sources: a.sources.map(baseName),
      meta: metaOf(a),
      measures: [],
      entities: Object.fromEntries(ENTITY_TYPES.map((t) => [t, new Set<string>()])) as Record<EntityType, Set<string>>,
      citedDocuments: [],
      targets: [],
    });
  }
  for (const n of snapshot.nodes) {
    const a = n.attributes;
    if (a.type !== 'Measure') continue;
    const doc = out.get(a.docId);
    if (!doc) continue;
    owner.set(n.key, a.docId);
    // Gold measures are the leaf units of the plan; the wrapper and preamble still carry mentions.
    if (a.leaf && !NOT_MEASURES.has(a.kind)) doc.measures.push(a.path);
  }

  const targetSeen = new Set<string>();
  const addTarget = (docKey: string, key: string) => {
    const t = nodes.get(key);
    const doc = out.get(docKey);
    if (!doc || t?.type !== 'Target' || targetSeen.has(key)) return;
    targetSeen.add(key);
    doc.targets.push(targetOf(t));
  };
  for (const n of snapshot.nodes) if (n.attributes.type === 'Target') addTarget(n.attributes.docId, n.key);

  const citedSeen = new Set<string>();
  for (const e of snapshot.edges as SnapshotEdge[]) {
    const docKey = owner.get(e.source);
    if (docKey === undefined) continue;
    const doc = out.get(docKey)!;
    const target = nodes.get(e.target);
    if (!target) continue;
    const type = e.attributes.type;
    if (type === 'ISSUED_BY' && target.type === 'Organisation') {
      // The issuer is named in the notice wrapper or title: an Organisation of the document.
      doc.entities.Organisation.add(target.name);
      doc.meta.issuer ??= target.name;
    } else if (type === 'MENTIONS' && isEntity(target)) {
      doc.entities[target.type].add(target.name);
    } else if (type === 'CITES' && target.type === 'Document' && !citedSeen.has(`${docKey}|${e.target}`)) {
      citedSeen.add(`${docKey}|${e.target}`);
      doc.citedDocuments.push({ name: target.name, aliases: target.aliases ?? [] });
    } else if (type === 'SETS') {
      addTarget(docKey, e.target);
    } else if (type === 'FOR_REGION' && target.type === 'Region') {
      doc.meta.region ??= target.name;
    }
  }

  return [...out.values()].map((d) => ({
    ...d,
    entities: Object.fromEntries(ENTITY_TYPES.map((t) => [t, [...d.entities[t]]])) as Record<EntityType, string[]>,
  }));
}

function isEntity(a: NodeAttributes): a is NodeOf<EntityType> {
  return (ENTITY_TYPES as readonly string[]).includes(a.type);
}

/**
 * genre and history are newer Document attributes (issue 9): read when the snapshot has them, and
 * checked here, so that a snapshot without them scores as "not found" rather than failing.
 */
const Extra = z.object({
  genre: z.string().optional(),
  history: z
    .union([z.string(), z.array(z.object({ date: z.string(), action: z.enum(['adopted', 'approved', 'amended', 'revised']), by: z.string() }))])
    .optional(),
});

function extraOf(a: NodeOf<'Document'>): Pick<PredictedMeta, 'genre' | 'history'> {
  const parsed = Extra.safeParse(a);
  if (!parsed.success) return {};
  let history = parsed.data.history;
  if (typeof history === 'string') {
    // Stored as a JSON string in Neo4j and possibly in a snapshot; read it back.
    try {
      history = Extra.shape.history.parse(JSON.parse(history)) as typeof history;
    } catch {
      history = undefined;
    }
  }
  return { genre: parsed.data.genre, history: Array.isArray(history) ? history : undefined };
}

function metaOf(a: NodeOf<'Document'>): PredictedMeta {
  return {
    ...extraOf(a),
    name: a.name,
    issuer: a.issuer,
    issuedOn: a.issuedOn,
    docNumber: a.docNumber,
    level: a.level,
    region: a.region,
    year: a.year,
  };
}

function targetOf(t: NodeOf<'Target'>): PredictedTarget {
  return {
    name: t.name,
    metric: t.metric,
    comparator: t.comparator,
    value: t.value,
    valueMax: t.valueMax,
    unit: t.unit,
    year: t.year,
  };
}

/** The predicted document read from `file` (matched on base name among its sources). */
export function documentForFile(predicted: PredictedDocument[], file: string): PredictedDocument | undefined {
  return predicted.find((d) => d.sources.includes(baseName(file)));
}
