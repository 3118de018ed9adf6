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
// Chains grouped by implementing document first (a directive's measure is implemented from
// hundreds of documents): each document is looked up once, and only the page's rows are read whole.
// The sort keys are projected to variables before ORDER BY (sorting on c[0], d.region … evaluated the
// list indexing and the property at every comparison; a document's region is read once, not per chain.
// The bench's busiest measure at 1,000 documents, 1,704 chains, back to back: median 57.7 → 36.1 ms, p95
// 83.9 → 52.8 ms (loaded machine), then 37.9 → 30.9, 37.5 → 32.6, 50.5 → 34.1 ms median; same rows; session 20).
MATCH (top:Measure {id: $measureId})
MATCH chain = (top)<-[:IMPLEMENTS*1..4]-(m:Measure)
WITH m.docId AS docId, collect([length(chain), m.ordinal, m.id, chain]) AS chains
MATCH (d:Document {id: docId})
WITH d, CASE d.level WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 ELSE 4 END AS rank, d.region AS region, chains
UNWIND chains AS c
WITH d, rank, region, c[0] AS depth, c[1] AS ordinal, c[2] AS mid, c[3] AS chain
ORDER BY depth, rank, region, ordinal, mid
WITH collect([d, chain]) AS rows
UNWIND rows[$skip..$skip + $limit] AS row
WITH row[0] AS d, row[1] AS chain, size(rows) AS total
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
