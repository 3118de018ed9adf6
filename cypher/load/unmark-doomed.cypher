// Loader: a load that did not reach its switch keeps every live node.
MATCH (n:PgDoomed)
CALL { WITH n REMOVE n:PgDoomed } IN TRANSACTIONS OF 5000 ROWS
