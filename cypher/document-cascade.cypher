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
// The pairs are kept by the loader on the top document (neo4j/derived.ts, neo4j/derived-cascade.ts), in this
// query's order: a page reads its slice of those lists and looks up its own documents, whatever the size of the
// cascade. The loader finds the cascade's measures step by step, each step's once (IMPLEMENTS runs from a lower
// level to a higher one: three steps reach the county's links), then counts every link into them by pair. The
// measures the root document is measured against are those that ask something (leaf, not notice or preamble, not
// a law's framing article); below it, a document's measures that carry the cascade on (the lower end of a link
// into it).
// Cost (session 25): the bench's busiest directive at 1,000 documents (15,159 links, 1,261 pairs) 1,016 db hits,
// 22 ms median, 33 ms p95 (at load 5 on 2 cores); read link by link at query time, as this query did before,
// it was 429k db hits and 1.3 s. Rows equal to the link-by-link query's on all 105 cascades of that graph.
MATCH (d:Document {id: $directiveId})
WITH d, $skip + $limit AS end
WITH d.cascadeLower[$skip..end] AS lowers, d.cascadeHigher[$skip..end] AS highers,
     d.cascadeImplements[$skip..end] AS implements, d.cascadePartial[$skip..end] AS partial,
     d.cascadeMedianScore[$skip..end] AS scores, d.cascadeLagLinks[$skip..end] AS lagLinks,
     d.cascadeMedianLag[$skip..end] AS lags, d.cascadeLagMin[$skip..end] AS lagMins, d.cascadeLagMax[$skip..end] AS lagMaxes,
     d.cascadeLagApprox[$skip..end] AS approx, d.cascadeCarried[$skip..end] AS carried, d.cascadeMeasures[$skip..end] AS measures,
     d.cascadeNotCarried AS notCarried, d.cascadeNotCarriedStart AS starts, size(d.cascadeLower) AS total
UNWIND range(0, coalesce(size(lowers), 0) - 1) AS j
MATCH (lower:Document {id: lowers[j]})
MATCH (higher:Document {id: highers[j]})
WITH *, $skip + j AS i
ORDER BY i
RETURN lower.id AS lowerDocId,
       lower.name AS lowerDocument,
       lower.level AS level,
       lower.region AS region,
       coalesce(lower.issuedOn, toString(lower.year)) AS issued,
       higher.id AS higherDocId,
       higher.name AS higherDocument,
       toInteger(implements[j]) AS implements,
       toInteger(partial[j]) AS partial,
       scores[j] AS medianScore,
       CASE WHEN lagLinks[j] = 0 THEN null ELSE toInteger(round(lags[j])) END AS lagDays,
       CASE WHEN lagLinks[j] = 0 THEN null ELSE lagMins[j] END AS lagMin,
       CASE WHEN lagLinks[j] = 0 THEN null ELSE lagMaxes[j] END AS lagMax,
       approx[j] AS lagApprox,
       toInteger(carried[j]) AS carried,
       toInteger(measures[j]) AS measures,
       notCarried[starts[i]..starts[i + 1]] AS notCarried,
       total
