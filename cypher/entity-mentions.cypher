// title: Measures that mention an entity
// description: Every measure that mentions one organisation, programme, target group or brand,
//   with its document, the surface forms used and their character spans, oldest document first.
//   One page of rows at a time; `total` is the number of rows of every page.
// param entityId: string — id of the entity node, e.g. "org:中国科协", "brand:科普中国", "group:青少年"
// param skip: integer — rows skipped before this page (0: the first page)
// param limit: integer — rows per page
// example: :param entityId => "brand:科普中国"
// example: :param skip => 0
// example: :param limit => 100
// default: :param skip => 0
// default: :param limit => 100
CALL {
  // One index seek per entity label (the `id` constraints), not a scan of every node.
  MATCH (e:Organisation {id: $entityId}) RETURN e
  UNION
  MATCH (e:Programme {id: $entityId}) RETURN e
  UNION
  MATCH (e:TargetGroup {id: $entityId}) RETURN e
  UNION
  MATCH (e:Brand {id: $entityId}) RETURN e
}
// Mentions grouped by document first (an entity can be mentioned by thousands of measures from a
// few hundred documents): each document is looked up once, and only the page's rows are read whole.
MATCH (m:Measure)-[r:MENTIONS]->(e)
WITH m.docId AS docId, collect([m.ordinal, m, r]) AS mentions
MATCH (d:Document {id: docId})
UNWIND mentions AS mention
WITH d, mention
ORDER BY d.year, d.name, mention[0]
WITH collect([d, mention[1], mention[2]]) AS rows
UNWIND rows[$skip..$skip + $limit] AS row
WITH row[0] AS d, row[1] AS m, row[2] AS r, size(rows) AS total
RETURN d.id AS docId,
       d.name AS document,
       d.year AS year,
       m.id AS measureId,
       m.path AS path,
       m.name AS measure,
       r.surfaces AS surfaces,
       r.spans AS spans,
       total
