// Loader, staging: marks live nodes the new snapshot no longer has; the switch deletes them.
// slot __LABEL__; param ids: list<string>
UNWIND $ids AS id
MATCH (n:__LABEL__ {id: id})
SET n:PgDoomed
RETURN count(n) AS marked
