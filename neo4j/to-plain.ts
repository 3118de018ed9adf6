// Neo4j result values → plain JSON for the web and the CLI: Integers → numbers (strings when
// beyond 2^53), nodes → {id, labels, properties}, relationships → {type, start, end, properties}
// with endpoints named by their `id` property when the result carries those nodes, paths →
// segments, temporal and spatial values → ISO strings / {srid, x, y, z}.
import neo4j, { type Node, type Path, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';

export interface PlainNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface PlainRelationship {
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}
export interface PlainSegment {
  start: PlainNode;
  relationship: PlainRelationship;
  end: PlainNode;
}

/** Rows of plain values; relationships name their endpoints by `id` when any row holds them. */
export function recordsToRows(records: Neo4jRecord[]): unknown[][] {
  const ids = new Map<string, string>();
  for (const record of records) for (const value of record.values()) collectNodeIds(value, ids);
  return records.map((record) => [...record.values()].map((value) => toPlain(value, ids)));
}

export function toPlain(value: unknown, ids: Map<string, string> = new Map()): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isNode(value)) return plainNode(value, ids);
  if (neo4j.isRelationship(value)) return plainRelationship(value, ids);
  if (neo4j.isPath(value)) return plainPath(value, ids);
  if (neo4j.isPoint(value)) {
    const { srid, x, y, z } = value;
    return { srid: toPlain(srid), x, y, ...(z === undefined ? {} : { z }) };
  }
  if (isTemporal(value)) return String(value);
  if (Array.isArray(value)) return value.map((v) => toPlain(v, ids));
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v, ids)]));
  }
  return value;
}

function plainNode(node: Node, ids: Map<string, string>): PlainNode {
  return { id: idOf(node), labels: node.labels, properties: plainProperties(node.properties, ids) };
}

function plainRelationship(rel: Relationship, ids: Map<string, string>): PlainRelationship {
  return {
    type: rel.type,
    start: ids.get(rel.startNodeElementId) ?? rel.startNodeElementId,
    end: ids.get(rel.endNodeElementId) ?? rel.endNodeElementId,
    properties: plainProperties(rel.properties, ids),
  };
}

function plainPath(path: Path, ids: Map<string, string>): PlainSegment[] {
  return path.segments.map((s) => ({
    start: plainNode(s.start, ids),
    relationship: plainRelationship(s.relationship, ids),
    end: plainNode(s.end, ids),
  }));
}

function plainProperties(props: Record<string, unknown>, ids: Map<string, string>): Record<string, unknown> {
  return toPlain(props, ids) as Record<string, unknown>;
}

function idOf(node: Node): string {
  const id = node.properties.id;
  return typeof id === 'string' ? id : node.elementId;
}

function collectNodeIds(value: unknown, ids: Map<string, string>): void {
  if (neo4j.isNode(value)) ids.set(value.elementId, idOf(value));
  else if (neo4j.isPath(value)) {
    for (const s of value.segments) {
      ids.set(s.start.elementId, idOf(s.start));
      ids.set(s.end.elementId, idOf(s.end));
    }
  } else if (Array.isArray(value)) for (const v of value) collectNodeIds(v, ids);
  else if (value && typeof value === 'object' && !neo4j.isInt(value) && !neo4j.isRelationship(value)) {
    for (const v of Object.values(value)) collectNodeIds(v, ids);
  }
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}
