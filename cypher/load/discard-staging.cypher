// Loader: throws away a load that did not reach its switch (staged nodes with their
// relationships); run before a new load and after a failed one.
MATCH (s:PgStage)
CALL { WITH s DETACH DELETE s } IN TRANSACTIONS OF 2000 ROWS
