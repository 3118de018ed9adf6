// title: A region's gaps against a directive
// description: For every document of the region (and of its cities and counties) that sits below
//   the directive and was not issued before it, the directive's leaf measures (not notice or
//   preamble) that the document does not implement: 'gap' (no link) or 'partial' (weak links
//   only). Measures addressed only to the directive's issuer itself (forIssuerOnly) are not gaps.
// param directiveId: string — id of the higher Document, e.g. "doc:中国科协2020年科普工作要点"
// param region: string — Region name, e.g. "吉林省"
// example: :param directiveId => "doc:中国科协2020年科普工作要点"
// example: :param region => "吉林省"
MATCH (dir:Document {id: $directiveId})
MATCH (:Region {name: $region})<-[:PART_OF*0..3]-(:Region)<-[:FOR_REGION]-(lower:Document)
WHERE lower.inCorpus AND lower.id <> dir.id
  AND coalesce(lower.year, dir.year, 0) >= coalesce(dir.year, 0)
  AND CASE lower.level WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 ELSE 4 END >
      CASE dir.level WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 ELSE 4 END
// Each lower document's links into the directive, read from its own measures (few links each;
// a directive's measure can have hundreds of incoming links from every region).
WITH dir, lower, COLLECT {
  MATCH (:Measure {docId: lower.id})-[i:IMPLEMENTS]->(x)
  WHERE x.docId = dir.id AND i.verdict IS NOT NULL
  RETURN [x.id, i.verdict]
} AS links
MATCH (hm:Measure {docId: dir.id})
WHERE hm.leaf AND NOT hm.kind IN ['notice', 'preamble'] AND NOT coalesce(hm.forIssuerOnly, false)
WITH lower, hm, [l IN links WHERE l[0] = hm.id | l[1]] AS verdicts
WHERE NOT 'implements' IN verdicts
RETURN lower.id AS docId,
       lower.name AS document,
       lower.region AS region,
       hm.id AS measureId,
       hm.path AS path,
       hm.name AS measure,
       CASE WHEN size(verdicts) = 0 THEN 'gap' ELSE 'partial' END AS status
ORDER BY document, hm.ordinal, measureId
