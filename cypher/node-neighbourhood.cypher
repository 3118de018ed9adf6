// title: A node and its neighbours
// description: One node of any type with the relationships that touch it (both directions) and
//   the nodes at their other end, up to a limit; ordered by relationship type, then neighbour id.
//   A node without neighbours comes back once, with empty relationship and neighbour.
// param nodeId: string — id of any node, e.g. "doc:吉林省科协2020年科普工作要点"
// param limit: integer — most relationships returned, e.g. 25
// example: :param nodeId => "doc:吉林省科协2020年科普工作要点"
// example: :param limit => 25
MATCH (n {id: $nodeId})
OPTIONAL MATCH (n)-[r]-(m)
WITH n, r, m
ORDER BY type(r), m.id
LIMIT $limit
RETURN n AS node, r AS relationship, m AS neighbour
