// title: Cascade of a measure down every level
// description: Every measure that implements the given measure, directly or through a chain
//   (national → provincial → municipal → county), with its document's level, region and issue
//   date, the depth of the chain, and the verdict, score and lag of each link on the way down.
// param measureId: string — id of the higher Measure, e.g. "doc:中国科协2020年科普工作要点#一/1"
// example: :param measureId => "doc:中国科协2020年科普工作要点#一/1"
MATCH (top:Measure {id: $measureId})
MATCH chain = (top)<-[:IMPLEMENTS*1..4]-(m:Measure)
MATCH (d:Document {id: m.docId})
WITH m, d, chain, relationships(chain) AS links
RETURN m.id AS measureId,
       m.path AS path,
       m.name AS measure,
       d.id AS docId,
       d.name AS document,
       d.level AS level,
       d.region AS region,
       coalesce(d.issuedOn, toString(d.year)) AS issued,
       length(chain) AS depth,
       [l IN reverse(links) | l.verdict] AS verdicts,
       [l IN reverse(links) | l.score] AS scores,
       [l IN reverse(links) | l.lagDays] AS lagDays
ORDER BY depth,
         CASE d.level WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 ELSE 4 END,
         d.region, m.ordinal, measureId
