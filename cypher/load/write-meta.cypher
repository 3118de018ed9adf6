// Loader: records the load state (phase: staging | switching | idle, generation, snapshot hash).
// param props: map
MERGE (m:PgLoadMeta {id: 'policy-graph'})
SET m += $props
