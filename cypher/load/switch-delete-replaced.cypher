// Loader, switch 1/3: deletes the live node of each id that has a staged replacement (with its
// relationships; the staged copy carries the new ones). `/*IN TRANSACTIONS*/` becomes
// `IN TRANSACTIONS OF n ROWS` when the switch is too big for one transaction.
// slot __LABEL__: the live label looked at
MATCH (s:PgStage)
MATCH (n:__LABEL__ {id: s.id})
CALL { WITH n DETACH DELETE n } /*IN TRANSACTIONS*/
