// title: A node and its neighbours
// description: One node of any type with the relationships that touch it (both directions) and
//   the nodes at their other end, up to a limit; ordered by relationship type, then neighbour id.
//   A node without neighbours comes back once, with empty relationship and neighbour. One page of
//   rows at a time; `total` is the number of relationships of every page.
// param nodeId: string — id of any node, e.g. "doc:吉林省科协2020年科普工作要点"
// param skip: integer — relationships skipped before this page (0: the first page)
// param limit: integer — most relationships returned (rows per page), e.g. 25
// example: :param nodeId => "doc:吉林省科协2020年科普工作要点"
// example: :param skip => 0
// example: :param limit => 25
// default: :param skip => 0
// default: :param limit => 25
CALL {
  // One index seek per label of the graph (the `id` constraints), not a scan of every node;
  // neighbours are nodes of the graph's labels (rows a load is still staging are left out).
  MATCH (n:Document {id: $nodeId}) RETURN n
  UNION
  MATCH (n:Measure {id: $nodeId}) RETURN n
  UNION
  MATCH (n:Organisation {id: $nodeId}) RETURN n
  UNION
  MATCH (n:Programme {id: $nodeId}) RETURN n
  UNION
  MATCH (n:TargetGroup {id: $nodeId}) RETURN n
  UNION
  MATCH (n:Brand {id: $nodeId}) RETURN n
  UNION
  MATCH (n:Target {id: $nodeId}) RETURN n
  UNION
  MATCH (n:Region {id: $nodeId}) RETURN n
}
WITH n, COUNT { (n)-[]-(:Document|Measure|Organisation|Programme|TargetGroup|Brand|Target|Region) } AS total
OPTIONAL MATCH (n)-[r]-(m:Document|Measure|Organisation|Programme|TargetGroup|Brand|Target|Region)
WITH n, r, m, total
ORDER BY type(r), m.id, r.key
SKIP $skip
LIMIT $limit
RETURN n AS node, r AS relationship, m AS neighbour, total
