// Loader step 2: deletes every node carrying one of the policy graph's labels unless the
// snapshot has its id with exactly that one label (a node whose type changed is re-created).
// param labels: list<string> — the node labels the loader owns
// param expected: map — node id → label
MATCH (n)
WHERE any(label IN labels(n) WHERE label IN $labels)
  AND NOT coalesce(labels(n) = [$expected[toString(n.id)]], false)
DETACH DELETE n
RETURN count(*) AS deleted
