// Loader, staging: relationships of the new generation; at least one end is a staged node (the
// loader re-stages a node whose relationships change), so they go when their staged end goes.
// slots __TYPE__, __SOURCE_LABEL__, __TARGET_LABEL__: PgStage for a staged end, else the live label
// param rows: list<map> — {key, source, target, props}
UNWIND $rows AS row
MATCH (a:__SOURCE_LABEL__ {id: row.source})
MATCH (b:__TARGET_LABEL__ {id: row.target})
CREATE (a)-[r:__TYPE__]->(b)
SET r = row.props
RETURN count(r) AS staged
