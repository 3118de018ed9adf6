// title: Measures that mention an entity
// description: Every measure that mentions one organisation, programme, target group or brand,
//   with its document, the surface forms used and their character spans, oldest document first.
// param entityId: string — id of the entity node, e.g. "org:中国科协", "brand:科普中国", "group:青少年"
// example: :param entityId => "brand:科普中国"
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
MATCH (m:Measure)-[r:MENTIONS]->(e)
MATCH (d:Document {id: m.docId})
RETURN d.id AS docId,
       d.name AS document,
       d.year AS year,
       m.id AS measureId,
       m.path AS path,
       m.name AS measure,
       r.surfaces AS surfaces,
       r.spans AS spans
ORDER BY d.year, d.name, m.ordinal
