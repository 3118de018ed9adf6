// Node types of the policy graph (../GRAPH-MODEL.md): one zod schema per Neo4j label.
// `.meta({ index: true })` on a field asks the constraint generator for a Neo4j index on it.
import { z } from 'zod';
import { Deletions, Span } from './fields.js';
import { LEVEL_ORDER, LEVEL_RANK } from './kinds.js';


export const Level = z.enum(LEVEL_ORDER);
export type Level = z.infer<typeof Level>;

const name = z.string().min(1).meta({ index: true });

/** adopted (通过), approved (批准: a city's regulation by its province's 常委会), amended (修正),
 *  revised (修订). */
export const HistoryAction = z.enum(['adopted', 'approved', 'amended', 'revised']);
export type HistoryAction = z.infer<typeof HistoryAction>;

/** One line of a law's or regulation's history, read from the text under its title. */
export const HistoryEvent = z.object({
  date: z.iso.date(),
  action: HistoryAction,
  /** The body that acted, canonical full form: 广东省人民代表大会常务委员会, 国务院. */
  by: z.string().min(1),
  /** Where the line was read, in the cleaned text. */
  span: Span.optional(),
});
export type HistoryEvent = z.infer<typeof HistoryEvent>;

/** plan (plans, opinions, notices, work points) or regulation (laws, 条例, 办法, 规定 … in 第X条 articles). */
export const Genre = z.enum(['plan', 'regulation']);
export type Genre = z.infer<typeof Genre>;
const aliases = z.array(z.string().min(1));

export const DocumentNode = z.object({
  type: z.literal('Document'),
  name,
  inCorpus: z.boolean(),
  level: Level.optional(),
  region: z.string().optional(),
  issuer: z.string().optional(),
  issuedOn: z.iso.date().optional(),
  /** For a text that prints no date, the date its file's name carries (档案法实施条例(2024-01-12).md,
   *  t20240112_4567.html): the document's order for links, lags and versions; `issuedOn` stays absent. */
  fileDate: z.iso.date().optional(),
  /** For a text that prints a date: the date its file's name carries when that is later by more than 92 days (不动产登记暂行条例
   *  prints its 2014 order, is named 2019-03-24: a later version than its header records). A fact about the copy; it orders
   *  nothing and `issuedOn` stays what the text prints. */
  nameDate: z.iso.date().optional(),
  year: z.number().int().optional().meta({ index: true }),
  docNumber: z.string().optional(),
  genre: Genre.optional(),
  /** Adoption, approval, amendment and revision events, oldest first; `issuedOn` is the date of
   *  the version the text is (its latest event). Stored in Neo4j as a JSON string. */
  history: z.array(HistoryEvent).optional(),
  sources: z.array(z.string()),
  /** Cleaned (simplified, normalised) text that every span of this document points into. */
  text: z.string().optional(),
  /** The file `text` was cleaned from (one of `sources`). */
  textSource: z.string().optional(),
  /**
   * Where `text` came from in `textSource`'s read text, as runs: [cleanStart, sourceStart, …];
   * cleaned offset c maps to sourceStart + (c - cleanStart) of the last run with cleanStart ≤ c.
   */
  originMap: z.array(z.number().int().nonnegative()).optional(),
  /** Abbreviations other documents or this one use for it: 《意见》 … */
  aliases: aliases.optional(),
  /** The words that weigh most in its subject, most first: its content words by (1 + ln tf) × IDF
   *  over the law mirror (ingest/link/topic.ts); the link stage compares documents by these. */
  subject: z.array(z.string().min(1)).optional(),
});

export const MeasureNode = z.object({
  type: z.literal('Measure'),
  name,
  text: z.string(),
  docId: z.string().meta({ index: true }),
  path: z.string(),
  ordinal: z.number().int().nonnegative(),
  span: Span,
  /** Heading of the section the measure sits in, for display. */
  section: z.string().optional(),
  /** notice / preamble / section / subsection / item / subitem / point / chapter / article. */
  kind: z.string(),
  /** True when no numbered unit sits below it: the units planners compare. */
  leaf: z.boolean(),
  /** Who the text names as the ones to act (各省级科协, 中国科协党组、书记处 …), in text order. */
  addressees: z.array(z.string()).optional(),
  /** True when every named addressee is the issuer itself (its 党组, 书记处, departments): the
   *  measure asks nothing of lower documents, so coverage calls it "not applicable". */
  forIssuerOnly: z.boolean().optional(),
  /** True for an article that frames a law rather than asks anything, which the linker never links (its
   *  options.roleLinks.none: the basis, scope, effective-date and referral articles, a plan's announcing sentence):
   *  coverage leaves it out as it leaves out notice and preamble (本条例自2003年9月1日起施行 was a gap of every province). */
  framing: z.literal(true).optional(),
  /** Text a later revision deleted, as an inline note in the text says (`（2011年1月8日删除）`, session 38): each deleted
   *  paragraph's span (its note included) and the note's date. Extraction and linking skip it. Neo4j: a JSON string. */
  deletions: Deletions.optional(),
  /** The date of that note when the measure's whole text is deleted: it keeps its number and path (the articles after it
   *  were not renumbered) but no longer asks anything: never linked, left out of coverage as a framing article is. */
  deletedOn: z.iso.date().optional(),
});

/**
 * Properties the loader writes on each Measure in Neo4j besides its attributes (neo4j/load-plan.ts):
 * computed from the snapshot at load, never stored in it, part of the node's content hash (a
 * document whose level changes rewrites its measures). A query that orders or shows thousands of
 * measures by their document (measure-cascade) reads them off the measure instead of looking up
 * hundreds of documents; one that wants the measures cited by article number (article-citations)
 * expands only those.
 */
export const MeasureLoadFields = z.object({
  /** The document's `level`. */
  docLevel: Level.optional(),
  /** The document's `region`. */
  docRegion: z.string().optional(),
  /** The document's `issuedOn` (a query shows its `year` without one, as it reads it from the
   *  document: Cypher's toString of the stored number). */
  docIssuedOn: z.iso.date().optional(),
  /** One string that sorts as (document level central → county, none last; document region, none
   *  last; ordinal): measure-cascade orders a level of the cascade by it and reads one property a
   *  measure instead of three (CASCADE_KEY). */
  cascadeKey: z.string(),
  /** True when a lower measure IMPLEMENTS it with `citedArticle` (names it by article number). */
  articleCited: z.literal(true).optional(),
});
export type MeasureLoadFields = z.infer<typeof MeasureLoadFields>;

/** cascadeKey = rank digit (LEVEL_RANK, 4 for county or no level) + '0' + region + NUL, or '1'
 *  without a region (after every region, as Cypher puts null last) + the ordinal, zero-padded:
 *  string order equals the order of the three keys, whatever order the characters of regions take
 *  (NUL ends a region before any longer region it is a prefix of). */
export const CASCADE_KEY = { ordinalDigits: 10 } as const;

/** A Measure's load fields from its own attributes and its document's (undefined: no such document). */
export function measureLoadFields(
  measure: { ordinal: number },
  doc: { level?: unknown; region?: unknown; issuedOn?: unknown } | undefined,
  articleCited: boolean,
): MeasureLoadFields {
  const level = Level.safeParse(doc?.level);
  const region = typeof doc?.region === 'string' ? doc.region : undefined;
  const rank = level.success ? LEVEL_RANK[level.data] : 4;
  const cascadeKey = `${rank}${region === undefined ? '1' : `0${region}\u0000`}${String(measure.ordinal).padStart(CASCADE_KEY.ordinalDigits, '0')}`;
  const out: MeasureLoadFields = { cascadeKey };
  if (level.success) out.docLevel = level.data;
  if (region !== undefined) out.docRegion = region;
  if (typeof doc?.issuedOn === 'string') out.docIssuedOn = doc.issuedOn;
  if (articleCited) out.articleCited = true;
  return out;
}

export const OrganisationNode = z.object({
  type: z.literal('Organisation'),
  name,
  aliases,
  region: z.string().optional(),
});

export const ProgrammeNode = z.object({ type: z.literal('Programme'), name, aliases });
export const TargetGroupNode = z.object({ type: z.literal('TargetGroup'), name, aliases });
export const BrandNode = z.object({ type: z.literal('Brand'), name, aliases });

export const Comparator = z.enum(['>=', '<=', '=', '>', '<']);

export const TargetNode = z.object({
  type: z.literal('Target'),
  name,
  metric: z.string(),
  comparator: Comparator,
  value: z.number(),
  /** Upper bound when the text gives a range (1-2个): value is the lower bound. */
  valueMax: z.number().optional(),
  unit: z.string(),
  year: z.number().int().optional(),
  measureId: z.string().meta({ index: true }),
  docId: z.string(),
  span: Span,
});

export const RegionNode = z.object({
  type: z.literal('Region'),
  name,
  level: z.enum(['country', 'province', 'city', 'county']),
});

export const NodeAttributes = z.discriminatedUnion('type', [
  DocumentNode,
  MeasureNode,
  OrganisationNode,
  ProgrammeNode,
  TargetGroupNode,
  BrandNode,
  TargetNode,
  RegionNode,
]);
export type NodeAttributes = z.infer<typeof NodeAttributes>;
export type NodeType = NodeAttributes['type'];
export type NodeOf<T extends NodeType> = Extract<NodeAttributes, { type: T }>;

/** One schema per node type: the same keys as kinds.ts's NODE_ROLES (the compiler checks both ways). */
export const NODE_SCHEMAS = {
  Document: DocumentNode,
  Measure: MeasureNode,
  Organisation: OrganisationNode,
  Programme: ProgrammeNode,
  TargetGroup: TargetGroupNode,
  Brand: BrandNode,
  Target: TargetNode,
  Region: RegionNode,
} as const satisfies { [K in NodeType]: z.ZodType<NodeOf<K>> };
