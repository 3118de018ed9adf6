// When a lower document carries a higher document's programme, brand or target group under another form than the
// entity node the higher one mentions (session 46, helper trial, on the 促进科技成果转化 family): a region prefix
// (上海 第三十一条's 本市科技成果信息系统, read as the entity 上海市科技成果信息系统, for the law's 科技成果信息系统) or a
// modifier before the same head (山东 第四十四条's 职务科技成果完成人 for 科技成果完成人), or the bare name the extractor did
// not read as an entity there (河南 第四十五条's "职工不得将职务科技成果擅自转让" for 职工). The rule: the higher name ends a
// name or a noun of the lower text: anything may stand before it (a place, 本市/本省, a modifier), and what follows
// it must end the noun — punctuation, the end of the text or a function word of the list below. It must not match
// the name as the modifier of another head: 职工 in 职工代表大会 or 职工之家, 科技成果 in 科技成果转化, 科技人员 in
// 科技人员管理办法 (the next character is no boundary). Rules as data: the list with its provenance. Applied once, at
// ingest (ingest/snapshot/carries.ts, session 47: CARRIES edges), for the pairs coverage compares; coverage, the page
// and the canned Cypher read the edges.

/** What may follow a head noun that ends there: punctuation, and function words and modals that start a predicate
 *  (职工不得…, 完成人和…, 人员应当…, 人才的…, 企业等). Not 之 (职工之家), not 中 (…中心), not a noun or a verb that
 *  forms compounds (转化, 代表, 管理). Provenance: session 46 (helper trial), the three misses of session 45's trial. */
export const HEAD_BOUNDARY = /^(?:$|[\p{P}\s]|[的和与及或等在不应可须将从对向为由经以也均都是所依按享获有未并])/u;

/** Shortest higher name the rule is tried on: a one-character name (站, 奖) ends too many nouns. */
export const CARRIED_MIN_LENGTH = 2;

/** How many times `name` ends a noun in `text` (HEAD_BOUNDARY after it). */
export function carriedOccurrences(text: string, name: string): number {
  return carriedOffsets(text, name).length;
}

/** Where `name` ends a noun in `text`: the offset of each occurrence (HEAD_BOUNDARY after it). */
export function carriedOffsets(text: string, name: string): number[] {
  if (name.length < CARRIED_MIN_LENGTH) return [];
  const out: number[] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    if (HEAD_BOUNDARY.test(text.slice(i + name.length, i + name.length + 1))) out.push(i);
  }
  return out;
}

/** The lower entities' names that end with the higher name (a place or a modifier before the same head:
 *  上海市科技成果信息系统 for 科技成果信息系统). */
export function carriedNames(lowerNames: readonly string[], name: string): string[] {
  if (name.length < CARRIED_MIN_LENGTH) return [];
  return lowerNames.filter((l) => l.length > name.length && l.endsWith(name));
}
