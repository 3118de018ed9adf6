// Loader step 4, one batch of one (type, source label, target label): create or update each
// relationship by its snapshot key; the labels let both MATCHes use the `id` constraints.
// slots __TYPE__, __SOURCE_LABEL__, __TARGET_LABEL__: filled by neo4j/loader.ts
// param rows: list<map> — {key, source, target, props} with props.key = key
UNWIND $rows AS row
MATCH (a:__SOURCE_LABEL__ {id: row.source})
MATCH (b:__TARGET_LABEL__ {id: row.target})
MERGE (a)-[r:__TYPE__ {key: row.key}]->(b)
SET r = row.props
RETURN count(r) AS merged
