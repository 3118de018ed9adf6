// Loader: the load state kept in one meta node (snapshot hash, generation, phase of the last load).
OPTIONAL MATCH (m:PgLoadMeta {id: 'policy-graph'})
RETURN m {.snapshotHash, .generation, .phase} AS meta
