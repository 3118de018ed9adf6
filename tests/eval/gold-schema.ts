// The shape of a gold annotation file in tests/gold/ (guideline: tests/gold/README.md).
// A file is either a document's annotation or a pointer to the file it duplicates.
import { z } from 'zod';
import { Comparator, ENTITY_TYPES, Level } from '../../graph-schema/index.js';

const Name = z.string().min(1);
const CorpusFile = z.string().regex(/^[^/\\]+\.[a-z]+$/, 'a file name without directories');

export const Genre = z.enum(['plan', 'regulation']);
export type Genre = z.infer<typeof Genre>;

/** One line of a regulation's history: 2021年5月26日 广东省…常务委员会第三十二次会议通过 → adopted. */
export const HistoryEvent = z
  .object({
    date: z.iso.date(),
    action: z.enum(['adopted', 'approved', 'amended', 'revised']),
    /** The body that acted, canonical (全国人民代表大会常务委员会, 浙江省人民代表大会常务委员会, 国务院). */
    by: Name,
  })
  .strict();
export type HistoryEvent = z.infer<typeof HistoryEvent>;

export const GoldDocumentMeta = z
  .object({
    name: Name,
    /** null: the document does not say (no signature, no date line, no number). */
    issuer: Name.nullable(),
    issuedOn: z.iso.date().nullable(),
    docNumber: Name.nullable(),
    level: Level,
    region: Name,
    /** null: no date in the text (a regulation printed without its adoption line). */
    year: z.number().int().nullable(),
    /** plan (plans, opinions, notices, work points) or regulation (laws, 条例, 办法, 规定 … in 第X条 articles). */
    genre: Genre.optional(),
    /** Adoption, approval, amendment and revision lines, oldest first (regulations; [] when none is printed). */
    history: z.array(HistoryEvent).optional(),
  })
  .strict();
export type GoldDocumentMeta = z.infer<typeof GoldDocumentMeta>;
/** The scalar fields scored by accuracy; `history` is scored as a set of events (score.ts). */
export const META_FIELDS = (Object.keys(GoldDocumentMeta.shape) as (keyof GoldDocumentMeta)[]).filter(
  (f): f is Exclude<keyof GoldDocumentMeta, 'history'> => f !== 'history',
);
export type MetaField = (typeof META_FIELDS)[number];

const MeasurePath = z
  .string()
  .regex(
    /^([一二三四五六七八九十百]+(\/（[一二三四五六七八九十百]+）)?(\/\d+){0,2}|（[一二三四五六七八九十百]+）(\/\d+)?|(第[一二三四五六七八九十百]+章(\/第[一二三四五六七八九十百]+节)?\/|[一二三四五六七八九十百]+\/)?第[一二三四五六七八九十百零]+条)$/,
    'a path like 一/1, 四/（二）/3, 二/（一）, （三） (no sections), 第二章/第七条, 一/第七条 (articles under 一、 sections) or 第七条 (no chapters)',
  );

export const GoldMeasures = z
  .object({ count: z.number().int().nonnegative(), paths: z.array(MeasurePath) })
  .strict()
  .refine((m) => m.count === m.paths.length, { message: 'count differs from the number of paths' })
  .refine((m) => new Set(m.paths).size === m.paths.length, { message: 'duplicate measure paths' });

export const GoldEntities = z
  .object(Object.fromEntries(ENTITY_TYPES.map((t) => [t, z.array(Name)])) as Record<
    (typeof ENTITY_TYPES)[number],
    z.ZodArray<z.ZodString>
  >)
  .strict();
export type GoldEntities = z.infer<typeof GoldEntities>;

export const GoldCitation = z
  .object({
    name: Name,
    /** The short form the text uses for it: 以下简称《意见》 → 意见. */
    abbreviation: Name.optional(),
    /** Other forms of the title as written. */
    aliases: z.array(Name).optional(),
  })
  .strict();
export type GoldCitation = z.infer<typeof GoldCitation>;

export const GoldTarget = z
  .object({
    /** The sentence fragment the target is read from, as written. */
    text: Name,
    metric: Name,
    comparator: Comparator,
    value: z.number(),
    valueMax: z.number().optional(),
    unit: Name,
    year: z.number().int().optional(),
    /** Where it was read (a measure path or `preamble`), for reviewers; not scored. */
    path: Name.optional(),
  })
  .strict()
  .refine((t) => t.valueMax === undefined || t.valueMax > t.value, { message: 'valueMax must exceed value' });
export type GoldTarget = z.infer<typeof GoldTarget>;

export const GoldDocument = z
  .object({
    file: CorpusFile,
    document: GoldDocumentMeta,
    measures: GoldMeasures,
    entities: GoldEntities,
    /** Canonical name → other surface forms of the same thing. */
    aliases: z.record(Name, z.array(Name)),
    citedDocuments: z.array(GoldCitation),
    targets: z.array(GoldTarget),
  })
  .strict();
export type GoldDocument = z.infer<typeof GoldDocument>;

export const GoldPointer = z.object({ file: CorpusFile, sameAs: CorpusFile }).strict();
export type GoldPointer = z.infer<typeof GoldPointer>;

/** Metadata gold only (tests/real/kinds): the document's title, issuer, dates, level, region,
 *  number, genre and history, read by hand; no extraction gold, so only metadata is scored. */
export const GoldMetaDocument = z
  .object({
    file: CorpusFile,
    metaOnly: z.literal(true),
    document: GoldDocumentMeta,
    aliases: z.record(Name, z.array(Name)).optional(),
  })
  .strict();
export type GoldMetaDocument = z.infer<typeof GoldMetaDocument>;

export const GoldFile = z.union([GoldPointer, GoldDocument, GoldMetaDocument]);
export type GoldFile = z.infer<typeof GoldFile>;

export function isPointer(g: GoldFile): g is GoldPointer {
  return 'sameAs' in g;
}

export function isMetaOnly(g: GoldFile): g is GoldMetaDocument {
  return 'metaOnly' in g;
}
