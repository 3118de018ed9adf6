// title: A region's gaps against a directive
// description: For every document of the region (and of its cities and counties) that sits below
//   the directive and was not issued before it (unless it carries out an earlier text of a revised
//   law: a laterVersion IMPLEMENTS link to it, as coverage/ reads it), the directive's leaf measures (not notice or
//   preamble) that the document does not implement: 'gap' (no link) or 'partial' (weak links
//   only), directly or through an intermediate document between them on its region chain (a
//   city's regulation → its province's → the law). Measures addressed only to the directive's
//   issuer itself (forIssuerOnly) are not gaps.
//   One page of rows at a time; `total` is the number of rows of every page.
// param directiveId: string — id of the higher Document, e.g. "doc:中国科协2020年科普工作要点"
// param region: string — Region name, e.g. "吉林省"
// param skip: integer — rows skipped before this page (0: the first page)
// param limit: integer — rows per page
// example: :param directiveId => "doc:中国科协2020年科普工作要点"
// example: :param region => "吉林省"
// example: :param skip => 0
// example: :param limit => 100
// default: :param skip => 0
// default: :param limit => 100
MATCH (dir:Document {id: $directiveId})
// The directive's measures that can be gaps, read once (not once per lower document).
WITH dir, COLLECT {
  MATCH (hm:Measure {docId: dir.id})
  WHERE hm.leaf AND NOT hm.kind IN ['notice', 'preamble'] AND NOT coalesce(hm.forIssuerOnly, false)
  RETURN [hm.ordinal, hm.id, hm]
} AS candidates
MATCH (:Region {name: $region})<-[:PART_OF*0..3]-(:Region)<-[:FOR_REGION]-(lower:Document)
WHERE lower.inCorpus AND lower.id <> dir.id
  AND (coalesce(lower.year, dir.year, 0) >= coalesce(dir.year, 0)
       OR EXISTS { MATCH (:Measure {docId: lower.id})-[:IMPLEMENTS {laterVersion: true}]->(:Measure {docId: dir.id}) })
  AND CASE lower.level WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 ELSE 4 END >
      CASE dir.level WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 ELSE 4 END
// What each lower document implements, read from the document itself: the loader keeps the ids
// of the measures its links reach with verdict 'implements' (implementedMeasures) and of those
// reached only by weaker verdicts (partialMeasures: neo4j/derived.ts), computed from the same
// links this query once walked:
//   MATCH (:Measure {docId: lower.id})-[i:IMPLEMENTS]->(x) WHERE x.docId = dir.id AND i.verdict IS NOT NULL
// And what it carries through a chain (coverage/ "via"): a measure of it implementing a measure of an
// intermediate document (of a level strictly between the two, in a region on the lower document's
// region chain: 河南省 for a 焦作市 regulation) that implements the directive's measure. A chain is
// 'implements' when both its links are, else partial (the weaker of its links). The loader keeps those
// ids too (viaImplementedMeasures, viaPartialMeasures: neo4j/derived.ts); walking every two-link path
// from each lower document here took 701–789 ms p95 at 1,000 documents:
//   MATCH (:Measure {docId: lower.id})-[a:IMPLEMENTS]->(mm:Measure)-[b:IMPLEMENTS]->(hm:Measure {docId: dir.id})
//   WHERE mm.docRegion IN <lower's region chain> AND <mm's level strictly between lower's and dir's>
WITH candidates, lower, lower.name AS document,
     coalesce(lower.implementedMeasures, []) + coalesce(lower.viaImplementedMeasures, []) AS implemented,
     coalesce(lower.partialMeasures, []) + coalesce(lower.viaPartialMeasures, []) AS partial
UNWIND candidates AS hm
WITH lower, document, hm, partial
WHERE NOT hm[1] IN implemented
WITH lower, document, hm, CASE WHEN hm[1] IN partial THEN 'partial' ELSE 'gap' END AS status
ORDER BY document, hm[0], hm[1]
WITH collect([lower, hm[2], status]) AS rows
UNWIND rows[$skip..$skip + $limit] AS row
WITH row[0] AS lower, row[1] AS hm, row[2] AS status, size(rows) AS total
RETURN lower.id AS docId,
       lower.name AS document,
       lower.region AS region,
       hm.id AS measureId,
       hm.path AS path,
       hm.name AS measure,
       status,
       total
