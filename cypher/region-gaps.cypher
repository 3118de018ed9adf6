// title: A region's gaps against a directive
// description: For every document of the region (and of its cities and counties) that sits below
//   the directive, is on its subject (a link reaches one of its measures, or it cites it) and was not
//   issued before it (unless it carries out an earlier text of a revised law: a laterVersion
//   IMPLEMENTS link to it) — the coverage module's lower documents — the directive's leaf measures
//   (not notice or preamble, nor an article framing it that the linker never links: `framing`) that the document does not implement: 'gap' (no link) or 'partial'
//   (weak links only), directly or through one or two intermediate documents between them on its
//   region chain (a city's regulation → its province's → the law; a county's → its city's → its
//   province's → the law). Measures addressed only to the directive's issuer itself (forIssuerOnly)
//   are not gaps (but are 'partial' when weakly implemented, as in the module).
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
// The directive's measures that can be gaps, read once (not once per lower document); a measure addressed
// only to the directive's issuer is listed only when partly implemented (the module's 'partial').
WITH dir, COLLECT {
  MATCH (hm:Measure {docId: dir.id})
  WHERE hm.leaf AND NOT hm.kind IN ['notice', 'preamble'] AND NOT coalesce(hm.framing, false)
  RETURN [hm.ordinal, hm.id, hm, coalesce(hm.forIssuerOnly, false)]
} AS candidates,
  coalesce(dir.issuedOn, toString(toInteger(dir.year)), '') AS issued,
  CASE dir.level WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 WHEN 'county' THEN 4 END AS dirRank
MATCH (:Region {name: $region})<-[:PART_OF*0..3]-(:Region)<-[:FOR_REGION]-(lower:Document)
WHERE lower.inCorpus AND lower.id <> dir.id
  AND CASE lower.level WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 WHEN 'county' THEN 4 END > dirRank
  // A provincial directive's lower documents are of its province.
  AND (dir.region IS NULL OR dir.region = '全国'
       OR EXISTS { MATCH (lower)-[:FOR_REGION]->(:Region)-[:PART_OF*0..3]->(:Region {name: dir.region}) })
// What each lower document implements, read from the document itself: the loader keeps the ids
// of the measures its links reach with verdict 'implements' (implementedMeasures) and of those
// reached only by weaker verdicts (partialMeasures: neo4j/derived.ts), computed from the same
// links this query once walked:
//   MATCH (:Measure {docId: lower.id})-[i:IMPLEMENTS]->(x) WHERE x.docId = dir.id AND i.verdict IS NOT NULL
// And what it carries through a chain (coverage/ "via"): a measure of it implementing a measure of an
// intermediate document (of a level strictly between the two, in a region on the lower document's
// region chain: 河南省 for a 焦作市 regulation) that implements the directive's measure, or that implements a
// measure of a second intermediate above it that does (county → city → province → national). A chain is
// 'implements' when all its links are, else partial (the weakest of its links). The loader keeps those
// ids too (viaImplementedMeasures, viaPartialMeasures: neo4j/derived-chain.ts); walking every two-link path
// from each lower document here took 701–789 ms p95 at 1,000 documents:
//   MATCH (:Measure {docId: lower.id})-[a:IMPLEMENTS]->(mm:Measure)-[b:IMPLEMENTS]->(hm:Measure {docId: dir.id})
//   WHERE mm.docRegion IN <lower's region chain> AND <mm's level strictly between lower's and dir's>
WITH dir, candidates, issued, lower,
     coalesce(lower.implementedMeasures, []) + coalesce(lower.viaImplementedMeasures, []) AS implemented,
     coalesce(lower.partialMeasures, []) + coalesce(lower.viaPartialMeasures, []) AS partial
// The directive's lower documents, as coverage/ lowerDocuments reads them: on its subject (a link reaches one
// of its measures, ids `<document id>#<path>`, or the document cites it) and not issued before it (issue
// dates compared to the shorter one's precision: a year against a date by the year), unless a link
// carries out an earlier text of the law (laterVersion).
WITH dir, candidates, issued, lower, implemented, partial,
     coalesce(lower.issuedOn, toString(toInteger(lower.year)), '') AS lowerIssued
WHERE (any(x IN implemented + partial WHERE x STARTS WITH dir.id + '#') OR EXISTS { MATCH (lower)-[:CITES]->(dir) })
  AND (issued = '' OR lowerIssued = ''
       OR left(lowerIssued, CASE WHEN size(lowerIssued) < size(issued) THEN size(lowerIssued) ELSE size(issued) END)
          >= left(issued, CASE WHEN size(lowerIssued) < size(issued) THEN size(lowerIssued) ELSE size(issued) END)
       OR EXISTS { MATCH (:Measure {docId: lower.id})-[:IMPLEMENTS {laterVersion: true}]->(:Measure {docId: dir.id}) })
WITH candidates, lower, lower.name AS document, implemented, partial
UNWIND candidates AS hm
WITH lower, document, hm, partial
WHERE NOT hm[1] IN implemented
WITH lower, document, hm, CASE WHEN hm[1] IN partial THEN 'partial' WHEN hm[3] THEN null ELSE 'gap' END AS status
WHERE status IS NOT NULL
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
