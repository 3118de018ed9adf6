// title: Cascade of a document, one row per pair of documents
// description: Every document below the given one whose measures implement it, directly or down a chain
//   (a city's regulation → its province's → the law), one row per pair of documents: the lower document
//   and the document of the cascade it implements, how many links implement and partially implement, their
//   median score and lag (days), how many of the higher document's measures in the cascade the lower one
//   reaches and the paths of those it leaves out. The links of one pair: implementation-chain; of one
//   measure: measure-cascade. One page of pairs at a time; `total` is the number of pairs.
// param directiveId: string — id of the Document at the top, e.g. "doc:中国科协2020年科普工作要点"
// param skip: integer — pairs skipped before this page (0: the first page)
// param limit: integer — pairs per page
// example: :param directiveId => "doc:中国科协2020年科普工作要点"
// example: :param skip => 0
// example: :param limit => 100
// default: :param skip => 0
// default: :param limit => 100
// The explorer's and the report's grouped cascade (web/src/graph/cascade-pairs.ts): a document whose measures
// implement a measure of the cascade joins with those measures; a document that cites one of the cascade's
// documents joins as a whole (every measure of it is then carried out in turn). A pair whose lower document only
// cites the higher one is no row here (citing-documents lists the citations).
// Session 24: a law's cascade drawn link by link was 616 implements and 83 partial lines at once.
// The session-25 version, kept as the reference the canned query (which reads the pairs the loader keeps) is
// checked against (tests/neo4j/document-cascade.test.ts): it reads every link into the cascade, 429k db hits and
// 1.3 s for the 1,000-document bench's busiest directive (15,159 links, 1,261 pairs).
// The measures of the cascade are found step by step, each step's measures once (IMPLEMENTS runs from a
// lower level to a higher one: three steps reach the county's links), not path by path: a measure implemented
// from hundreds of places would be walked once per path. The measures the root document is measured
// against are those that ask something (leaf, not notice or preamble, not a law's framing article);
// below it, a document's measures that carry the cascade on (the lower end of a link into it).
// The median score to four places, as the loader and the explorer give it (web/src/graph/cascade-core.ts roundScore;
// session 26: 0.20950000000000002 → 0.2095).
MATCH (top:Measure {docId: $directiveId})
WITH collect(top) AS l0
CALL (l0) {
  UNWIND l0 AS h
  MATCH (h)<-[:IMPLEMENTS]-(m:Measure)
  WHERE m.docId <> h.docId AND m.docId <> $directiveId
  RETURN collect(DISTINCT m) AS linked1
}
CALL (l0) {
  UNWIND [$directiveId] + [h IN l0 | h.docId] AS d
  WITH DISTINCT d
  MATCH (:Document {id: d})<-[:CITES]-(c)
  WITH DISTINCT d, coalesce(c.docId, c.id) AS citer
  WHERE citer <> d AND citer <> $directiveId
  WITH DISTINCT citer
  MATCH (m:Measure {docId: citer})
  RETURN collect(m) AS whole1
}
WITH *, linked1 + whole1 AS l1
CALL (l1) {
  UNWIND l1 AS h
  MATCH (h)<-[:IMPLEMENTS]-(m:Measure)
  WHERE m.docId <> h.docId AND m.docId <> $directiveId
  RETURN collect(DISTINCT m) AS linked2
}
CALL (l1) {
  UNWIND [h IN l1 | h.docId] AS d
  WITH DISTINCT d
  MATCH (:Document {id: d})<-[:CITES]-(c)
  WITH DISTINCT d, coalesce(c.docId, c.id) AS citer
  WHERE citer <> d AND citer <> $directiveId
  WITH DISTINCT citer
  MATCH (m:Measure {docId: citer})
  RETURN collect(m) AS whole2
}
WITH *, linked2 + whole2 AS l2
CALL (l2) {
  UNWIND l2 AS h
  MATCH (h)<-[:IMPLEMENTS]-(m:Measure)
  WHERE m.docId <> h.docId AND m.docId <> $directiveId
  RETURN collect(DISTINCT m) AS linked3
}
CALL (l2) {
  UNWIND [h IN l2 | h.docId] AS d
  WITH DISTINCT d
  MATCH (:Document {id: d})<-[:CITES]-(c)
  WITH DISTINCT d, coalesce(c.docId, c.id) AS citer
  WHERE citer <> d AND citer <> $directiveId
  WITH DISTINCT citer
  MATCH (m:Measure {docId: citer})
  RETURN collect(m) AS whole3
}
WITH *, linked3 + whole3 AS l3
CALL (l0, l1, l2, l3) {
  UNWIND l0 + l1 + l2 + l3 AS hm
  WITH DISTINCT hm
  MATCH (hm)<-[i:IMPLEMENTS]-(lm:Measure)
  WHERE lm.docId <> hm.docId AND lm.docId <> $directiveId
  WITH lm.docId AS lowerId, hm.docId AS higherId,
       sum(CASE WHEN i.verdict = 'implements' THEN 1 ELSE 0 END) AS implements,
       sum(CASE WHEN i.verdict = 'partial' THEN 1 ELSE 0 END) AS partial,
       round(percentileCont(i.score, 0.5), 4) AS medianScore,
       percentileCont(i.lagDays, 0.5) AS medianLag,
       min(i.lagDays) AS lagMin, max(i.lagDays) AS lagMax,
       sum(CASE WHEN i.lagApprox THEN 1 ELSE 0 END) > 0 AS lagApprox,
       collect(DISTINCT hm.id) AS reached
  MATCH (lower:Document {id: lowerId})
  MATCH (higher:Document {id: higherId})
  WITH lower, higher, implements, partial, medianScore, medianLag, lagMin, lagMax, lagApprox, reached
  ORDER BY CASE lower.level WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 WHEN 'county' THEN 4 ELSE 5 END,
           coalesce(lower.issuedOn, toString(lower.year), ''), lower.name, lower.id,
           CASE higher.level WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 WHEN 'county' THEN 4 ELSE 5 END,
           coalesce(higher.issuedOn, toString(higher.year), ''), higher.name, higher.id
  RETURN collect([lower, higher, implements, partial, medianScore, medianLag, lagMin, lagMax, lagApprox, reached]) AS rows
}
UNWIND rows[$skip..$skip + $limit] AS row
WITH linked1 + linked2 + linked3 AS below, row, size(rows) AS total, row[0] AS lower, row[1] AS higher, row[9] AS reached
// What the pair is measured against (only the page's pairs are read): the root's measures that ask something;
// below it, the higher document's measures in the cascade.
CALL (below, higher, reached) {
  MATCH (hm:Measure {docId: higher.id})
  WHERE CASE WHEN higher.id = $directiveId
          THEN hm.leaf AND NOT hm.kind IN ['notice', 'preamble'] AND NOT coalesce(hm.framing, false)
          ELSE hm IN below END
  WITH hm.path AS path, hm.id IN reached AS hit ORDER BY hm.ordinal, hm.id
  RETURN count(*) AS measures,
         sum(CASE WHEN hit THEN 1 ELSE 0 END) AS carried,
         [x IN collect([path, hit]) WHERE NOT x[1] | x[0]] AS notCarried
}
RETURN lower.id AS lowerDocId,
       lower.name AS lowerDocument,
       lower.level AS level,
       lower.region AS region,
       coalesce(lower.issuedOn, toString(toInteger(lower.year))) AS issued,
       higher.id AS higherDocId,
       higher.name AS higherDocument,
       row[2] AS implements,
       row[3] AS partial,
       row[4] AS medianScore,
       CASE WHEN row[5] IS NULL THEN null ELSE toInteger(round(row[5])) END AS lagDays,
       row[6] AS lagMin,
       row[7] AS lagMax,
       row[8] AS lagApprox,
       carried,
       measures,
       notCarried,
       total
