// Loader, staging (one bounded transaction per batch): the new generation's nodes of one label
// are created under the staging label only, so queries that name a label of the graph do not see
// them until the switch; `_label` says which label they get then.
// param label: string; param rows: list<map> — {id, props}
UNWIND $rows AS row
CREATE (n:PgStage)
SET n = row.props, n._label = $label
RETURN count(n) AS staged
