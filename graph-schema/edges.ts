// Edge types of the policy graph (../GRAPH-MODEL.md); `type` is the Neo4j relationship type.
import { z } from 'zod';
import { Span } from './fields.js';

export const IssuedBy = z.object({ type: z.literal('ISSUED_BY'), span: Span.optional() });
export const ForRegion = z.object({ type: z.literal('FOR_REGION') });
export const HasMeasure = z.object({ type: z.literal('HAS_MEASURE'), ordinal: z.number().int() });
export const Mentions = z.object({
  type: z.literal('MENTIONS'),
  /** Every mention of the entity in the measure, in cleaned-document offsets. */
  spans: z.array(Span).min(1),
  /** The surface forms as written (省科协, “科普中国”APP …). */
  surfaces: z.array(z.string()),
});
export const Sets = z.object({ type: z.literal('SETS') });
export const Cites = z.object({
  type: z.literal('CITES'),
  spans: z.array(Span).min(1),
  /** `title`: 《full title》; `abbreviation`: a short form defined in the text (以下简称《意见》). */
  via: z.array(z.enum(['title', 'abbreviation'])),
  /** Days from the cited document's issue to the citing one's (years × 365 when only years are known). */
  lagDays: z.number().int().optional(),
  /** True when lagDays was computed from years only. */
  lagApprox: z.literal(true).optional(),
});

export const ReusedPassage = z.object({
  /** Span in the lower (implementing) measure's document. */
  lower: Span,
  /** Span in the higher (implemented) measure's document. */
  higher: Span,
  /** The reused wording as the lower measure has it. */
  text: z.string(),
  /** The higher measure's wording, when the alignment is not verbatim. */
  higherText: z.string().optional(),
});
/** How strongly a lower measure carries out a higher one (thresholds in the snapshot's attributes). */
export const ImplementsVerdict = z.enum(['implements', 'partial']);
export type ImplementsVerdict = z.infer<typeof ImplementsVerdict>;

export const Implements = z.object({
  type: z.literal('IMPLEMENTS'),
  /** `implements`: strong (score ≥ the implements threshold); `partial`: weak (same topic, loose wording). */
  verdict: ImplementsVerdict,
  score: z.number().min(0).max(1),
  /** Days from the higher document's issue date to the lower one's; years × 365 when only years are known. */
  lagDays: z.number().int().optional(),
  /** True when lagDays comes from years only. */
  lagApprox: z.literal(true).optional(),
  /** The lower measure names the higher article by number (《…法》第二十八条, 依照《条例》第十条): strong
   *  whatever the score (ingest/link/cite.ts). A flat property, so Cypher can filter on it. */
  citedArticle: z.literal(true).optional(),
  /** The higher text is a later revision of a law the lower document was issued after (its first
   *  adoption came before the lower one, and the corpus holds no earlier text of it): allowed by the
   *  date rule, `lagDays` from the adoption. A flat property, so Cypher can filter on it. */
  laterVersion: z.literal(true).optional(),
  /** The lower penalty article names the conduct the higher penalty article sanctions (ingest/link/conduct.ts,
   *  options.penaltyConduct), or restates it as a general liability clause for the same persons (session 45,
   *  options.liabilityRestated): at least partial whatever the thresholds (coverage's replay keeps it). A flat property. */
  penaltyConduct: z.literal(true).optional(),
  evidence: z.object({
    /** Reused wording found by local alignment, with spans in both documents. */
    passages: z.array(ReusedPassage),
    sharedEntities: z.array(z.string()),
    /** The three signals the score combines, each in [0, 1]. */
    signals: z.object({ reuse: z.number(), text: z.number(), entities: z.number() }),
    /** Set when either document's issue year is unknown: the date rule could not be checked. */
    dateUnknown: z.literal(true).optional(),
    /** The citations by article number behind `citedArticle`: span in the lower document and text. */
    citations: z.array(z.object({ span: z.tuple([z.number().int(), z.number().int()]), text: z.string() })).optional(),
  }),
});
/** A lower document carries a higher document's programme, brand or target group under another form than the entity
 *  node (coverage/carried.ts: a region-prefixed or narrower name, or the bare name where the extractor read none), for
 *  a pair of documents coverage compares. Written at ingest (ingest/snapshot/carries.ts), read by coverage, the
 *  explorer and the canned Cypher (session 47): the one computation. Only when the lower document does not mention
 *  the entity itself. */
export const CarriesPlace = z.object({
  /** The lower measure (a leaf) where the form stands. */
  measure: z.string(),
  /** The form, in the lower document's cleaned text. */
  span: Span,
  /** The sentence it stands in (to 。；！？ or the measure's ends), in the same offsets. */
  sentence: Span,
});
export const Carries = z.object({
  type: z.literal('CARRIES'),
  /** The forms, as the lower text writes them (上海市科技成果信息系统; the entity's own name when it stands bare). */
  as: z.array(z.string()).min(1),
  /** Distinct places of the forms: coverage's `lowerMentions` for the entity. */
  count: z.number().int().positive(),
  /** Where each form stands (evidence: left out of the explorer's graph payload, fetched with the node). */
  places: z.array(CarriesPlace).min(1),
});
export const PartOf = z.object({ type: z.literal('PART_OF') });
export const Revises = z.object({ type: z.literal('REVISES') });

export const EdgeAttributes = z.discriminatedUnion('type', [
  IssuedBy,
  ForRegion,
  HasMeasure,
  Mentions,
  Sets,
  Cites,
  Implements,
  Carries,
  PartOf,
  Revises,
]);
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;
export type EdgeType = EdgeAttributes['type'];
export type EdgeOf<T extends EdgeType> = Extract<EdgeAttributes, { type: T }>;

export const EDGE_TYPES = EdgeAttributes.options.map((o) => o.shape.type.value) as EdgeType[];

