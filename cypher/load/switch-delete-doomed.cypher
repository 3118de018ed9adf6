// Loader, switch 2/3: deletes the live nodes the new snapshot no longer has.
MATCH (n:PgDoomed)
CALL { WITH n DETACH DELETE n } /*IN TRANSACTIONS*/
