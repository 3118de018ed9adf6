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
// the chains are counted per depth, and the other depths' measures are never read (session 21: the
// bench's busiest measure at 1,000 documents has 895 chains of depth 1 and 809 of depth 2; the
// first page reads only the first 895). Within a depth, rows go by their document's level and
// region, then the measure's ordinal and id: the loader keeps the first three as one string on each
// measure (cascadeKey: graph-schema MeasureLoadFields), so a row costs one property read and no
// document lookup. The id, a long string, is read only for the rows that tie with the page's first
// or last row on the key; only the page's rows are read whole (level, region and issue date also
// kept on the measure: docLevel, docRegion, docIssuedOn), with their documents' names and years.
// Session 22, the bench's parameters at 1,000 documents, same rows: 10,712 → 7,510 db hits; Neo4j
// CPU a run, same server back to back at load 8: 35–37 → 18–28 ms.
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
WITH start, total, chain, m, length(chain) AS depth, m.cascadeKey AS key
ORDER BY depth, key
// `first`: the rows before the first depth read, so the page is rows[a..b]; lo and hi: the ends of
// the runs of rows whose (depth, key) equal those of rows[a] and rows[b].
WITH collect([m, chain, depth, key]) AS rows, collect([depth, key]) AS keys, toInteger(min(start)) AS first, total
WHERE size(rows) > 0
WITH rows, keys, total, $skip - first AS a, $skip - first + $limit - 1 AS b
WITH rows, keys, total, a, CASE WHEN b >= size(rows) THEN size(rows) - 1 ELSE b END AS b
WITH rows, total, a,
     reduce(lo = a, i IN reverse(range(0, a - 1)) | CASE WHEN lo = i + 1 AND keys[i] = keys[a] THEN i ELSE lo END) AS lo,
     reduce(hi = b, i IN range(b + 1, size(rows) - 1) | CASE WHEN hi = i - 1 AND keys[i] = keys[b] THEN i ELSE hi END) AS hi
UNWIND range(lo, hi) AS i
WITH a - lo AS offset, total, rows[i][0] AS m, rows[i][1] AS chain, rows[i][2] AS depth, rows[i][3] AS key
ORDER BY depth, key, m.id
WITH collect([m, chain]) AS rows, offset, total
UNWIND range(0, size(rows[offset..offset + $limit]) - 1) AS i
WITH i, rows[offset + i][0] AS m, rows[offset + i][1] AS chain, total
MATCH (d:Document {id: m.docId})
WITH i, d, m, chain, reverse(relationships(chain)) AS links, total
RETURN m.id AS measureId,
       m.path AS path,
       m.name AS measure,
       d.id AS docId,
       d.name AS document,
       m.docLevel AS level,
       m.docRegion AS region,
       coalesce(m.docIssuedOn, toString(toInteger(d.year))) AS issued,
       length(chain) AS depth,
       [l IN links | l.verdict] AS verdicts,
       [l IN links | l.score] AS scores,
       [l IN links | l.lagDays] AS lagDays,
       total
ORDER BY i
