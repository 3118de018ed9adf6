// Loader, after the schema statements: new indexes populate in the background; wait (up to
// 300 s) so the load's MERGEs and MATCHes can use them.
CALL db.awaitIndexes(300)
