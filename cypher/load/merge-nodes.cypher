// Loader step 3, one batch of one label: create or update each node; `SET n = row.props`
// replaces all properties, so attributes dropped from the snapshot disappear too.
// slot __LABEL__: a node label of graph-schema (filled by neo4j/loader.ts)
// param rows: list<map> — {id, props} with props.id = id
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
SET n = row.props
RETURN count(n) AS merged
