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
// An entity can be mentioned by thousands of measures: the loader keeps their ids on it in this
// order (mentionedBy: neo4j/derived.ts), so a page reads only its own measures and documents.
WITH e, coalesce(e.mentionedBy, []) AS ids
UNWIND range($skip, $skip + $limit - 1) AS k
WITH *
WHERE k < size(ids)
// Each row starts from its measure (a few mentions), never from the entity (thousands).
MATCH (m:Measure {id: ids[k]})-[r:MENTIONS]->(e)
USING INDEX m:Measure(id)
MATCH (d:Document {id: m.docId})
RETURN d.id AS docId,
       d.name AS document,
       d.year AS year,
       m.id AS measureId,
       m.path AS path,
       m.name AS measure,
       r.surfaces AS surfaces,
       r.spans AS spans,
       size(ids) AS total
ORDER BY k
