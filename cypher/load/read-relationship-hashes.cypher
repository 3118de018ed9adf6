// Loader, diff: key, content hash and source id of every live relationship of one type between
// nodes of the graph's labels.
// slot __TYPE__: a relationship type of graph-schema
MATCH (a)-[r:__TYPE__]->(b)
WHERE NOT a:PgStage AND NOT b:PgStage
RETURN r.key AS key, r._hash AS hash, a.id AS source
