// Counts the policy graph's nodes per label and relationships per type (load report, tests).
// param labels: list<string>; param types: list<string>
CALL {
  MATCH (n)
  UNWIND labels(n) AS name
  WITH name WHERE name IN $labels
  RETURN 'node' AS kind, name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  WITH type(r) AS name WHERE name IN $types
  RETURN 'relationship' AS kind, name, count(*) AS count
}
RETURN kind, name, count
