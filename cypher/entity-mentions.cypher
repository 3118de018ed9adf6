// title: Measures that mention an entity
// description: Every measure that mentions one organisation, programme, target group or brand,
//   with its document, the surface forms used and their character spans, oldest document first.
// param entityId: string — id of the entity node, e.g. "org:中国科协", "brand:科普中国", "group:青少年"
// example: :param entityId => "brand:科普中国"
MATCH (m:Measure)-[r:MENTIONS]->(e {id: $entityId})
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
