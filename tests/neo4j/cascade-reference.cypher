// measure-cascade as it was before session 21 (commit 0f3142a): every depth read, then sorted and
// paged. tests/neo4j/cascade-queries.test.ts checks that the canned query gives these rows, page by page.
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
       coalesce(d.issuedOn, toString(toInteger(d.year))) AS issued,
       length(chain) AS depth,
       [l IN links | l.verdict] AS verdicts,
       [l IN links | l.score] AS scores,
       [l IN links | l.lagDays] AS lagDays,
       total
