// Loader: live nodes of one label (from the count store), to check an unchanged reload.
// slot __LABEL__
MATCH (n:__LABEL__)
RETURN count(n) AS count
