// Counts the policy graph's nodes per label and relationships per type (load report, tests).
// Rows staged by a load that has not switched yet (PgStage ends) are not part of the graph.
// param labels: list<string>; param types: list<string>
CALL {
  MATCH (n)
  UNWIND labels(n) AS name
  WITH name WHERE name IN $labels
  RETURN 'node' AS kind, name, count(*) AS count
  UNION ALL
  MATCH (a)-[r]->(b)
  WHERE NOT a:PgStage AND NOT b:PgStage
  WITH type(r) AS name WHERE name IN $types
  RETURN 'relationship' AS kind, name, count(*) AS count
}
RETURN kind, name, count
