// title: Coverage gaps of a lower-level plan against a higher-level one
// description: What the lower document leaves out of the higher one: the higher document's
//   leaf measures (numbered units, not notice or preamble, nor framing articles the linker never links) that no measure of the lower document
//   IMPLEMENTS, directly or through one or two intermediate documents between them on its region chain
//   (a city's regulation → its province's → the law; a county's → its city's → its province's → the law),
//   then the entities the higher document mentions and the lower one neither mentions nor carries under a
//   narrower or region-prefixed form (a CARRIES edge the ingest wrote: 浙江's 实施办法 carries the law's 赡养人
//   where no entity was read, 上海's 上海市科技成果信息系统 the law's 科技成果信息系统). Measures addressed only
//   to the higher document's issuer itself (forIssuerOnly) are not gaps (the coverage module's 'not applicable').
// param higherDocId: string — id of the higher-level (implemented) Document, e.g. "doc:中国科协2020年科普工作要点"
// param lowerDocId: string — id of the lower-level (implementing) Document, e.g. "doc:吉林省科协2020年科普工作要点"
// example: :param higherDocId => "doc:中国科协2020年科普工作要点"
// example: :param lowerDocId => "doc:吉林省科协2020年科普工作要点"
// What the lower document implements and mentions is read once, from the document and its own measures:
// the higher document's measures and entities can be hubs (an entity mentioned by thousands of
// measures), so no check walks back from them. The loader keeps on the lower document the ids of the
// measures its links reach (implementedMeasures, partialMeasures) and of those it carries through a chain
// (coverage/ "via": viaImplementedMeasures, viaPartialMeasures; one or two intermediates, each in the corpus,
// in a region on the lower document's region chain, of a level strictly between: neo4j/derived-chain.ts).
OPTIONAL MATCH (lower:Document {id: $lowerDocId})
WITH coalesce(lower.implementedMeasures, []) + coalesce(lower.partialMeasures, []) +
     coalesce(lower.viaImplementedMeasures, []) + coalesce(lower.viaPartialMeasures, []) AS implemented,
     COLLECT { MATCH (:Measure {docId: $lowerDocId})-[:MENTIONS]->(x) RETURN DISTINCT x.id } +
     COLLECT { MATCH (:Document {id: $lowerDocId})-[:CARRIES]->(x) RETURN x.id } AS mentioned
CALL (implemented, mentioned) {
  MATCH (hm:Measure {docId: $higherDocId})
  WHERE hm.leaf AND NOT hm.kind IN ['notice', 'preamble'] AND NOT coalesce(hm.framing, false)
    AND NOT coalesce(hm.forIssuerOnly, false) AND NOT hm.id IN implemented
  RETURN 'measure' AS gap, hm.id AS id, hm.name AS name, hm.path AS detail, hm.ordinal AS ordinal
  UNION ALL
  MATCH (:Measure {docId: $higherDocId})-[:MENTIONS]->(e:Organisation|Programme|TargetGroup|Brand)
  WHERE NOT e.id IN mentioned
  WITH DISTINCT e
  RETURN 'entity' AS gap, e.id AS id, e.name AS name, labels(e)[0] AS detail, null AS ordinal
}
RETURN gap, id, name, detail
ORDER BY CASE gap WHEN 'measure' THEN 0 ELSE 1 END, ordinal, detail, id
