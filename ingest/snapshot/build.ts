// Builds the graph of processed documents: one MultiDirectedGraph whose attributes satisfy
// graph-schema. Ids are readable and stable, so the same input gives the same graph.
import { carriedOutOn, ownVersions } from '../link/lag.js';
import { backgroundDf, subjectWords } from '../link/topic.js';
import { createHash } from 'node:crypto';
import Graph from 'graphology';
import {
  edgeKey,
  measureId,
  nodeId,
  targetId,
  type EdgeAttributes,
  type NodeAttributes,
  type EntityType,
} from '../../graph-schema/index.js';
import type { Lexicon } from '../lexicon/load.js';
import { regionByName, regionPrefix } from '../lexicon/regions.js';
import { levelAndRegion } from '../structure/issuer.js';
import { canonicalOrganisation } from '../extract/canonical.js';
import { HEAD_PATH } from '../extract/types.js';
import type { ImplementsLink } from '../link/index.js';
import { findAddressees, issuerOnly } from '../extract/addressees.js';
import type { ProcessedDoc } from './types.js';
import { originRuns } from '../clean/origin-map.js';
import { datedOn, yearOn } from '../structure/file-date.js';

export type PolicyGraph = InstanceType<typeof Graph.MultiDirectedGraph<NodeAttributes, EdgeAttributes>>;

export function newGraph(): PolicyGraph {
  return new Graph.MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
}

/**
 * Document ids, readable and stable: `doc:<title>`, and `doc:<title>@<version date>` for a
 * version: a law or regulation (its text carries its history) or any title the corpus holds
 * more than once (the year, else undated). Two different documents that still share an id (same
 * title, same date) each get `~<first 6 hex of the SHA-1 of their text>`, so none is merged into
 * another and the id of each depends on its own text only.
 */
export function documentIds(docs: ProcessedDoc[]): string[] {
  const byTitle = new Map<string, number>();
  for (const d of docs) byTitle.set(d.doc.title, (byTitle.get(d.doc.title) ?? 0) + 1);
  const base = docs.map((d) => {
    const id = nodeId('Document', d.doc.title);
    const versioned = d.doc.history.length > 0 || (byTitle.get(d.doc.title) ?? 0) > 1;
    return versioned ? `${id}@${d.doc.issuedOn ?? d.doc.year ?? 'undated'}` : id;
  });
  const count = new Map<string, number>();
  for (const id of base) count.set(id, (count.get(id) ?? 0) + 1);
  const used = new Set<string>();
  return base.map((id, i) => {
    if (count.get(id) === 1) return id;
    let out = `${id}~${createHash('sha1').update(docs[i].doc.text).digest('hex').slice(0, 6)}`;
    for (let k = 2; used.has(out); k++) out = `${out.replace(/~\d+$/, '')}~${k}`;
    used.add(out);
    return out;
  });
}

/** When a document's version was issued: its date, else its year (for ordering and lags). */
export interface VersionDate {
  date?: string;
  year?: number;
}

/** Days from `earlier` to `later`: exact from two dates, else years × 365 flagged approximate. */
export function lagBetween(later: VersionDate, earlier: VersionDate): { lagDays?: number; lagApprox?: true } {
  if (later.date && earlier.date) return { lagDays: Math.round((Date.parse(later.date) - Date.parse(earlier.date)) / 86_400_000) };
  const ly = later.year ?? (later.date ? Number(later.date.slice(0, 4)) : undefined);
  const ey = earlier.year ?? (earlier.date ? Number(earlier.date.slice(0, 4)) : undefined);
  return ly !== undefined && ey !== undefined ? { lagDays: (ly - ey) * 365, lagApprox: true } : {};
}

/** a before b (-1), after (1), same or unknown (0): by date, or by year when either has only a year. */
function compareVersions(a: VersionDate, b: VersionDate): number {
  if (a.date && b.date) return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
  const ay = a.year ?? (a.date ? Number(a.date.slice(0, 4)) : undefined);
  const by = b.year ?? (b.date ? Number(b.date.slice(0, 4)) : undefined);
  if (ay === undefined || by === undefined) return 0;
  return Math.sign(ay - by);
}

const nonEmpty = (words: string[]) => (words.length ? words : undefined);

export function addDocument(g: PolicyGraph, id: string, p: ProcessedDoc, lexicon: Lexicon): void {
  const { doc } = p;
  g.mergeNode(id, {
    type: 'Document',
    name: doc.title,
    inCorpus: true,
    level: doc.level,
    region: doc.region,
    issuer: doc.issuer,
    issuedOn: doc.issuedOn,
    fileDate: doc.fileDate,
    nameDate: doc.nameDate,
    year: doc.year,
    docNumber: doc.docNumber,
    genre: doc.genre,
    history: doc.history.length > 0 ? doc.history : undefined,
    sources: p.sources,
    text: doc.text,
    textSource: doc.file,
    originMap: originRuns(p.clean.origin),
    aliases: [],
    subject: nonEmpty(subjectWords(Object.values(p.extraction.words).flat(), backgroundDf(lexicon.dir))),
  });
  // A joint document (两高's interpretations, a plan signed by three departments) is issued by each body.
  for (const body of doc.issuer?.split('、').filter(Boolean) ?? []) {
    const org = addEntity(g, 'Organisation', canonicalOrganisation(body, lexicon), body, lexicon);
    g.mergeEdgeWithKey(edgeKey('ISSUED_BY', id, org), id, org, { type: 'ISSUED_BY', span: doc.issuerSpan });
  }
  if (doc.region) {
    const region = addRegion(g, doc.region, lexicon, { level: doc.level, parent: doc.regionParent });
    g.mergeEdgeWithKey(edgeKey('FOR_REGION', id, region), id, region, { type: 'FOR_REGION' });
  }
}

export function addMeasures(g: PolicyGraph, docId: string, p: ProcessedDoc, lexicon: Lexicon): void {
  const { doc, extraction } = p;
  for (const u of doc.units) {
    const mid = measureId(docId, u.path);
    g.mergeNode(mid, {
      type: 'Measure',
      name: u.name,
      text: doc.text.slice(u.span[0], u.span[1]),
      docId,
      path: u.path,
      ordinal: u.ordinal,
      span: u.span,
      section: u.section,
      kind: u.kind,
      leaf: u.leaf,
      ...(u.deletions ? { deletions: u.deletions } : {}),
      ...(u.deletedOn ? { deletedOn: u.deletedOn } : {}),
    });
    const parent = u.parent ? measureId(docId, u.parent) : docId;
    g.mergeEdgeWithKey(edgeKey('HAS_MEASURE', parent, mid), parent, mid, { type: 'HAS_MEASURE', ordinal: u.ordinal });
  }
  for (const m of extraction.mentions) {
    // A name in the history lines (the approving 常委会) is the document's own mention.
    const mid = m.path === HEAD_PATH ? docId : measureId(docId, m.path);
    const eid = addEntity(g, m.type, m.canonical, m.surface, lexicon);
    mergeSpanEdge(g, 'MENTIONS', mid, eid, m.span, m.surface);
  }
  const perMeasure = new Map<string, number>();
  for (const t of extraction.targets) {
    const mid = measureId(docId, t.path);
    const n = (perMeasure.get(mid) ?? 0) + 1;
    perMeasure.set(mid, n);
    const tid = targetId(mid, n);
    g.mergeNode(tid, {
      type: 'Target',
      name: t.name,
      metric: t.metric,
      comparator: t.comparator,
      value: t.value,
      valueMax: t.valueMax,
      unit: t.unit,
      year: t.year,
      measureId: mid,
      docId,
      span: t.span,
    });
    g.mergeEdgeWithKey(edgeKey('SETS', mid, tid), mid, tid, { type: 'SETS' });
  }
}

/** One MENTIONS or CITES edge per pair of nodes, collecting every span and every surface form
 *  (MENTIONS) or citation route (CITES). */
function mergeSpanEdge(g: PolicyGraph, type: 'MENTIONS' | 'CITES', from: string, to: string, span: [number, number], tag: string): void {
  const key = edgeKey(type, from, to);
  if (!g.hasEdge(key)) {
    g.addEdgeWithKey(key, from, to, type === 'MENTIONS' ? { type, spans: [span], surfaces: [tag] } : { type, spans: [span], via: [tag as 'title' | 'abbreviation'] });
    return;
  }
  const a = g.getEdgeAttributes(key);
  if (a.type !== 'MENTIONS' && a.type !== 'CITES') return;
  a.spans.push(span);
  const tags: string[] = a.type === 'MENTIONS' ? a.surfaces : a.via;
  if (!tags.includes(tag)) tags.push(tag);
}

const ENTITY_TYPES_WITH_REGION = new Set<EntityType>(['Organisation']);

export function addEntity(g: PolicyGraph, type: EntityType, canonical: string, surface: string, lexicon: Lexicon): string {
  const id = nodeId(type, canonical);
  const alias = surface.replace(/[“”]/g, '');
  if (!g.hasNode(id)) {
    const region = ENTITY_TYPES_WITH_REGION.has(type) ? regionPrefix(canonical, lexicon)?.region.name : undefined;
    g.addNode(id, type === 'Organisation' ? { type, name: canonical, aliases: [], region } : { type, name: canonical, aliases: [] });
  }
  const a = g.getNodeAttributes(id);
  if ('aliases' in a && a.aliases && alias !== canonical && !a.aliases.includes(alias)) a.aliases.push(alias);
  return id;
}

/** A Region node and its PART_OF chain; a region the lexicon lacks (a county read by its suffix)
 *  takes its level from the document's and its parent from the document's province. */
export function addRegion(g: PolicyGraph, name: string, lexicon: Lexicon, unknown?: { level?: string; parent?: string }): string {
  const entry = regionByName(name, lexicon);
  const id = nodeId('Region', name);
  const level = entry?.level ?? (unknown?.level === 'county' ? 'county' : unknown?.level === 'municipal' ? 'city' : 'province');
  g.mergeNode(id, { type: 'Region', name, level });
  const parentName = entry ? entry.parent : unknown?.parent;
  if (parentName) {
    const parent = addRegion(g, parentName, lexicon);
    g.mergeEdgeWithKey(edgeKey('PART_OF', id, parent), id, parent, { type: 'PART_OF' });
  }
  return id;
}

/** The documents of the corpus by title, each version with its id, its date and, for a law or regulation, the dates
 *  of its history before that text (adoption, amendments, revisions: ascending). */
export type VersionIndex = Map<string, { id: string; when: VersionDate; history?: string[] }[]>;

export function versionIndex(docs: ProcessedDoc[], ids: string[]): VersionIndex {
  const index: VersionIndex = new Map();
  docs.forEach((d, i) => {
    const list = index.get(d.doc.title) ?? [];
    const issued = d.doc.issuedOn;
    const history = d.doc.genre === 'regulation' && issued ? d.doc.history.map((e) => e.date).filter((x) => x < issued).sort() : [];
    list.push({ id: ids[i], when: { date: issued, year: d.doc.year }, ...(history.length ? { history } : {}) });
    index.set(d.doc.title, list);
  });
  return index;
}

/**
 * The version a citation of `title` alone means: the latest one issued on or before the citing
 * document (in force at its date); the latest of all when the citing date is unknown; when every
 * version in the corpus is later, an earlier one the corpus lacks (`doc:<title>`, not in corpus).
 */
export function resolveVersion(index: VersionIndex, title: string, at: VersionDate): string | undefined {
  return citedVersion(index, title, at)?.id;
}

/**
 * resolveVersion with the date the cited text was in force from, when the corpus holds only a later revision of it: a
 * law's text is dated by its latest revision, so a regulation of 2014 citing 安全生产法 cites the text in force in 2014,
 * whose later revision (2021) the corpus holds. As the link stage does for IMPLEMENTS (rules.ts `laterVersion`), such a
 * citation goes to the earliest text the corpus holds when that text's history dates an adoption on or before the
 * citing date, and `since` is the latest history date on or before it (the lag runs from there). Before, it went to a
 * second, cited-only node of the same title (session 23 qa walk: 21 regulations citing 安全生产法 or 道路交通安全法
 * pointed to a copy of it while their IMPLEMENTS went to the corpus text; the cascade listed the title twice).
 */
export function citedVersion(index: VersionIndex, title: string, at: VersionDate): { id: string; since?: VersionDate } | undefined {
  const versions = index.get(title);
  if (!versions) return undefined;
  if (versions.length === 1 && !versions[0].id.includes('@') && !versions[0].history) return { id: versions[0].id };
  const known = !!(at.date || at.year);
  const sorted = [...versions].sort((a, b) => compareVersions(a.when, b.when) || a.id.localeCompare(b.id));
  const inForce = sorted.filter((v) => !known || compareVersions(v.when, at) <= 0);
  if (inForce.length) return { id: inForce.at(-1)!.id };
  const earliest = sorted[0];
  const since = earliest.history?.filter((d) => compareVersions({ date: d }, at) <= 0).at(-1);
  return since ? { id: earliest.id, since: { date: since } } : { id: nodeId('Document', title) };
}

/** CITES from the citing measure and from its document; cited titles not in the corpus become
 *  Documents with inCorpus false, their issuer and level taken from the citing sentence. */
export function addCitations(g: PolicyGraph, docId: string, p: ProcessedDoc, versions: VersionIndex, lexicon: Lexicon): void {
  const citing: VersionDate = { date: datedOn(p.doc), year: yearOn(p.doc) };
  const ownVersionsOn = ownVersions(p.doc.history, citing.date);
  for (const c of p.extraction.citations) {
    const version = citedVersion(versions, c.title, citing);
    const target = version?.id ?? nodeId('Document', c.title);
    if (!g.hasNode(target)) {
      const issuer = c.issuers.join('、') || undefined;
      const { level, region } = levelAndRegion(c.issuers[0], c.title, lexicon);
      // A plan for a period (2021—2025年) is issued at its start, not its end.
      const year = c.title.match(/(?:19|20)\d{2}(?=\s*[—–\-~至到]\s*(?:19|20)\d{2}年)|(19|20)\d{2}(?=年)/)?.[0];
      g.addNode(target, {
        type: 'Document',
        name: c.title,
        inCorpus: false,
        level,
        region,
        issuer,
        year: year ? Number(year) : undefined,
        sources: [],
        aliases: [],
      });
    }
    const attrs = g.getNodeAttributes(target);
    const abbr = Object.entries(p.extraction.abbreviations).find(([, t]) => t === c.title)?.[0];
    if (attrs.type === 'Document' && abbr && !attrs.aliases?.includes(abbr)) attrs.aliases = [...(attrs.aliases ?? []), abbr].sort();
    if (attrs.type === 'Document' && !attrs.issuer && c.issuers.length) attrs.issuer = c.issuers.join('、');
    if (target === docId) continue;
    const cited = g.getNodeAttributes(target);
    const from: VersionDate = version?.since ?? (cited.type === 'Document' ? { date: cited.issuedOn, year: cited.year } : {});
    // To the citing text's earliest version on or after the cited one, as an IMPLEMENTS link's lag (link/lag.ts carriedOutOn).
    const lag = version?.since || cited.type === 'Document' ? lagBetween({ ...citing, date: carriedOutOn({ issuedOn: citing.date, ownVersionsOn }, from.date) }, from) : {};
    for (const from of c.path === HEAD_PATH ? [docId] : [measureId(docId, c.path), docId]) {
      mergeSpanEdge(g, 'CITES', from, target, c.span, c.via);
      const e = g.getEdgeAttributes(edgeKey('CITES', from, target));
      if (e.type === 'CITES' && lag.lagDays !== undefined) Object.assign(e, lag);
    }
  }
}

/** Measure.addressees and forIssuerOnly from the text (ingest/extract/addressees.ts). */
export function addAddressees(g: PolicyGraph, docId: string, p: ProcessedDoc, lexicon: Lexicon): void {
  const names = issuerNames(p.doc.issuer, lexicon);
  for (const u of p.doc.units) {
    if (u.kind === 'notice') continue;
    const found = findAddressees(p.doc.text.slice(u.span[0], u.span[1]), names);
    // A task table's row names who must act in its own columns (牵头单位, 配合单位): bodies beside or below the issuer.
    const assigned = u.assigned ?? [];
    if (found.length === 0 && assigned.length === 0) continue;
    const a = g.getNodeAttributes(measureId(docId, u.path));
    if (a.type !== 'Measure') continue;
    a.addressees = [...new Set([...found.map((f) => f.name), ...assigned])];
    a.forIssuerOnly = assigned.length === 0 && issuerOnly(found);
  }
}

/** Measure.framing: the leaf units (not notices) that `neverLinked` says the linker never links (their framing role,
 *  ingest/link/options.ts roleLinks.none), read from the unit's text as the link stage reads it (link/index.ts unitMaker). */
export function addFraming(g: PolicyGraph, docId: string, p: ProcessedDoc, neverLinked: (text: string) => boolean): void {
  for (const u of p.doc.units) {
    if (u.kind === 'notice' || !u.leaf || !neverLinked(p.doc.text.slice(u.span[0], u.span[1]))) continue;
    const a = g.getNodeAttributes(measureId(docId, u.path));
    if (a.type === 'Measure') a.framing = true;
  }
}

/** The issuer, its canonical name, and the organisations its name begins with (中国科协办公厅 →
 *  中国科协), each with its lexicon aliases: the names before which 党组/书记处 are its own. */
function issuerNames(issuer: string | undefined, lexicon: Lexicon): string[] {
  if (!issuer) return [];
  const canonical = canonicalOrganisation(issuer, lexicon);
  const out = new Set([issuer, canonical]);
  for (const e of lexicon.entities.Organisation) {
    for (const n of [e.canonical, ...e.aliases]) {
      if (n.length >= 3 && (issuer.startsWith(n) || canonical.startsWith(n))) [e.canonical, ...e.aliases].forEach((x) => out.add(x));
    }
  }
  return [...out];
}

/** IMPLEMENTS edges from the link stage's output (verdict, score, lag, evidence). */
export function addImplements(g: PolicyGraph, links: ImplementsLink[]): void {
  for (const l of links) {
    g.mergeEdgeWithKey(edgeKey('IMPLEMENTS', l.lower, l.higher), l.lower, l.higher, {
      type: 'IMPLEMENTS',
      verdict: l.verdict,
      score: l.score,
      ...(l.lagDays !== undefined ? { lagDays: l.lagDays } : {}),
      ...(l.lagApprox ? { lagApprox: true as const } : {}),
      ...(l.citedArticle ? { citedArticle: true as const } : {}),
      ...(l.laterVersion ? { laterVersion: true as const } : {}),
      ...(l.penaltyConduct ? { penaltyConduct: true as const } : {}),
      evidence: {
        passages: l.passages,
        sharedEntities: l.sharedEntities,
        signals: l.signals,
        ...(l.dateUnknown ? { dateUnknown: true as const } : {}),
        ...(l.citations?.length ? { citations: l.citations } : {}),
      },
    });
  }
}

/** Versions: documents that share a title but are not duplicates; each REVISES the versions of
 *  the latest earlier date (a law amended in a later year, a plan revised). Versions of the same
 *  date, or without a date or year, are not ordered and revise nothing. */
export function addRevisions(g: PolicyGraph, docs: ProcessedDoc[], ids: string[]): void {
  const byTitle = new Map<string, number[]>();
  docs.forEach((d, i) => byTitle.set(d.doc.title, [...(byTitle.get(d.doc.title) ?? []), i]));
  for (const group of byTitle.values()) {
    if (group.length < 2) continue;
    const when = (i: number): VersionDate => ({ date: datedOn(docs[i].doc), year: yearOn(docs[i].doc) });
    const dated = group.filter((i) => docs[i].doc.issuedOn || docs[i].doc.year !== undefined);
    for (const later of dated) {
      const earlier = dated.filter((i) => compareVersions(when(i), when(later)) < 0);
      const latest = earlier.filter((i) => !earlier.some((j) => compareVersions(when(j), when(i)) > 0));
      for (const e of latest) {
        if (ids[later] === ids[e]) continue;
        g.mergeEdgeWithKey(edgeKey('REVISES', ids[later], ids[e]), ids[later], ids[e], { type: 'REVISES' });
      }
    }
  }
}
