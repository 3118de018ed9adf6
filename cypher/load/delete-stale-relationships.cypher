// Loader step 1: deletes every relationship of the policy graph's types that the snapshot does
// not have with the same key, type and endpoints (so a moved edge is deleted, then re-created).
// param types: list<string> — the relationship types the loader owns
// param expected: map — edge key → [type, source id, target id]
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
  AND NOT coalesce($expected[toString(r.key)] = [type(r), a.id, b.id], false)
DELETE r
RETURN count(*) AS deleted
