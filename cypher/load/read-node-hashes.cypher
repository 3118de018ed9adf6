// Loader, diff: id and content hash of every live node of one label (staged nodes have no label
// of the graph, so they are not read).
// slot __LABEL__: a node label of graph-schema
MATCH (n:__LABEL__)
RETURN n.id AS id, n._hash AS hash
