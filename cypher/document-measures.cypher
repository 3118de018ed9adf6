// title: Measures of a document with what they mention
// description: Every measure of one document in reading order (notice, preamble, sections and
//   their numbered items), with the organisations, programmes, target groups and brands each
//   mentions and the quantified targets it sets.
// param docId: string — id of the Document node, e.g. "doc:中国科协2020年科普工作要点"
// example: :param docId => "doc:中国科协2020年科普工作要点"
MATCH (m:Measure {docId: $docId})
RETURN m.ordinal AS ordinal,
       m.path AS path,
       m.kind AS kind,
       m AS measure,
       COLLECT {
         MATCH (m)-[r:MENTIONS]->(e:Organisation|Programme|TargetGroup|Brand)
         RETURN {id: e.id, type: labels(e)[0], name: e.name, surfaces: r.surfaces} ORDER BY e.id
       } AS mentions,
       COLLECT {
         MATCH (m)-[:SETS]->(t:Target)
         RETURN t {.id, .name, .metric, .comparator, .value, .valueMax, .unit, .year} ORDER BY t.span[0]
       } AS targets
ORDER BY m.ordinal
