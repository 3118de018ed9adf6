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
// The pairs are kept by the loader on the top document (neo4j/derived.ts, neo4j/derived-cascade.ts: the explorer's
// walk and grouping, web/src/graph/cascade-core.ts, with this query's options; median scores to four places), in this
// query's order, one string of comma-separated figures a pair (cascadePairs; its documents and paths are indexes
// into cascadeDocs and cascadePaths): a page splits its own strings and looks up its own documents, whatever the
// size of the cascade. The loader finds the cascade's measures step by step, each step's once (IMPLEMENTS runs
// from a lower level to a higher one: three steps reach the county's links), then counts every link into them by
// pair. The measures the root document is measured against are those that ask something (leaf, not notice or
// preamble, not a law's framing article); below it, a document's measures that carry the cascade on (the lower end
// of a link into it).
// Cost (session 25): the bench's busiest directive at 1,000 documents (15,159 links, 1,261 pairs) 1,005 db hits,
// 13–14 ms median, 20 ms p95 (the bench's timing loop, 2 cores at load < 1); read link by link at query time, as
// this query did before, 429k db hits and 0.9–1.8 s. Rows and value types equal to the link-by-link query's
// (tests/neo4j/document-cascade-reference.cypher) on all 105 cascades of that graph (10,298 pairs).
MATCH (d:Document {id: $directiveId})
WITH d.cascadePairs AS pairs, d.cascadeDocs AS docs, d.cascadePaths AS paths
UNWIND range($skip, coalesce(size(pairs), 0) - 1) AS i
WITH i, split(pairs[i], ',') AS f, docs, paths, size(pairs) AS total
LIMIT $limit
// Each row keeps its own values only: a sort of rows that each held the lists ran out of memory on 2,619 pairs.
WITH i, f, total, docs[toInteger(f[0])] AS lowerId, docs[toInteger(f[1])] AS higherId,
     [k IN split(f[12], ' ') WHERE k <> '' | paths[toInteger(k)]] AS notCarried
MATCH (lower:Document {id: lowerId})
MATCH (higher:Document {id: higherId})
WITH *
ORDER BY i
RETURN lower.id AS lowerDocId,
       lower.name AS lowerDocument,
       lower.level AS level,
       lower.region AS region,
       coalesce(lower.issuedOn, toString(toInteger(lower.year))) AS issued,
       higher.id AS higherDocId,
       higher.name AS higherDocument,
       toInteger(f[2]) AS implements,
       toInteger(f[3]) AS partial,
       toFloat(f[4]) AS medianScore,
       CASE WHEN f[5] = '0' THEN null ELSE toInteger(round(toFloat(f[6]))) END AS lagDays,
       CASE WHEN f[5] = '0' THEN null ELSE toFloat(f[7]) END AS lagMin,
       CASE WHEN f[5] = '0' THEN null ELSE toFloat(f[8]) END AS lagMax,
       f[9] = 'true' AS lagApprox,
       toInteger(f[10]) AS carried,
       toInteger(f[11]) AS measures,
       notCarried,
       total
