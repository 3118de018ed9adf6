// title: Cascade of a measure down every level
// description: Every measure that implements the given measure, directly or through a chain
//   (national → provincial → municipal → county), with its document's level, region and issue
//   date, the depth of the chain, and the verdict, score and lag of each link on the way down.
//   One page of rows at a time; `total` is the number of rows of every page.
// param measureId: string — id of the higher Measure, e.g. "doc:中国科协2020年科普工作要点#一/1"
// param skip: integer — rows skipped before this page (0: the first page)
// param limit: integer — rows per page
// example: :param measureId => "doc:中国科协2020年科普工作要点#一/1"
// example: :param skip => 0
// example: :param limit => 100
// default: :param skip => 0
// default: :param limit => 100
// Only the chains of the depths the page reaches are read further (rows are ordered by depth first):
// the chains are counted per depth, and the other depths' measures and documents are never read
// (a string property read is most of the cost: session 21, the bench's busiest measure at 1,000
// documents, 895 chains of depth 1 and 809 of depth 2, the first page reads only the first 895).
// Within those, chains are grouped by implementing document (a directive's measure is implemented
// from hundreds of documents): each document is looked up once; the sort keys are projected to
// variables before ORDER BY; only the page's rows are read whole.
// Neo4j CPU per run, the first page, same rows, back to back (loaded machine, load 10-12, session 21):
// 41 → 32 and 37.3 → 31.5 ms; quiet (load 2): 45.8 → 36.2 and 47.3 → 34.3 ms (median wall 49.8 → 38.9 ms).
// Session 20's version: tests/neo4j/cascade-reference.cypher (the tests compare their rows page by page).
MATCH (top:Measure {id: $measureId})
MATCH chain = (top)<-[:IMPLEMENTS*1..4]-(m:Measure)
WITH length(chain) AS depth, collect([chain, m]) AS chains
ORDER BY depth
WITH collect(chains) AS byDepth
// starts[k]: the rows before depth group k; last(starts): every row.
WITH byDepth, reduce(s = [0], cs IN byDepth | s + (last(s) + size(cs))) AS starts
UNWIND range(0, size(byDepth) - 1) AS k
WITH byDepth[k] AS chains, starts[k] AS start, starts[k + 1] AS end, last(starts) AS total
WHERE start < $skip + $limit AND end > $skip
UNWIND chains AS c
WITH start, total, c[0] AS chain, c[1] AS m
WITH start, total, m.docId AS docId, collect([length(chain), m.ordinal, m.id, chain]) AS chains
MATCH (d:Document {id: docId})
WITH start, total, d, CASE d.level WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 ELSE 4 END AS rank, d.region AS region, chains
UNWIND chains AS c
WITH start, total, d, rank, region, c[0] AS depth, c[1] AS ordinal, c[2] AS mid, c[3] AS chain
ORDER BY depth, rank, region, ordinal, mid
// `first`: the rows before the first depth read, so the page starts $skip - first rows in.
WITH collect([d, chain]) AS rows, toInteger(min(start)) AS first, total
UNWIND rows[$skip - first..$skip - first + $limit] AS row
WITH row[0] AS d, row[1] AS chain, total
WITH d, chain, last(nodes(chain)) AS m, reverse(relationships(chain)) AS links, total
RETURN m.id AS measureId,
       m.path AS path,
       m.name AS measure,
       d.id AS docId,
       d.name AS document,
       d.level AS level,
       d.region AS region,
       coalesce(d.issuedOn, toString(d.year)) AS issued,
       length(chain) AS depth,
       [l IN links | l.verdict] AS verdicts,
       [l IN links | l.score] AS scores,
       [l IN links | l.lagDays] AS lagDays,
       total
