// title: Target groups of a directive by region
// description: For each target group the directive mentions, the regions whose documents (below
//   the directive) mention it too, with how many of their documents and measures do; a group no
//   region mentions is listed with region null. One page of rows at a time; `total` is the number
//   of rows of every page.
// param directiveId: string — id of the higher Document, e.g. "doc:中国科协2020年科普工作要点"
// param skip: integer — rows skipped before this page (0: the first page)
// param limit: integer — rows per page
// example: :param directiveId => "doc:中国科协2020年科普工作要点"
// example: :param skip => 0
// example: :param limit => 100
// default: :param skip => 0
// default: :param limit => 100
// A group is mentioned by thousands of measures: the loader keeps on each entity how many
// documents and measures per (region, level) of corpus documents mention it (mentionRegion,
// mentionRegionLevel, mentionRegionDocs, mentionRegionMeasures: neo4j/derived.ts, sorted by region
// then level), so only the directive's own measures are walked here. Each group's rows are counted
// from its lists in expressions (the entries below the directive, and where a region's run of
// entries starts), and only the groups the page reaches are turned into rows and sorted (session
// 21's version made a row of every entry of every group: ~3,300 for the bench's directive at 1,000
// documents; tests/neo4j/groups-by-region-reference.cypher, whose rows the tests compare). Neo4j CPU
// a run, same server back to back at load 6–8: 13.7–15.3 → 10–15.5 ms (478 → 462 db hits).
MATCH (dir:Document {id: $directiveId})
WITH dir, CASE dir.level WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 ELSE 4 END AS dirRank
MATCH (:Measure {docId: dir.id})-[:MENTIONS]->(g:TargetGroup)
WITH DISTINCT dirRank, g
// Each list is read from the node once (a group's lists run to hundreds of entries), then indexed.
WITH dirRank, g, g.name AS name, coalesce(g.mentionRegion, []) AS regionList, g.mentionRegionLevel AS levelList
// below: the entries of documents below the directive; runs: where each region's entries start in it.
WITH g, name, regionList, [i IN range(0, size(regionList) - 1)
       WHERE CASE levelList[i] WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 ELSE 4 END > dirRank] AS below
WITH g, name, regionList, below, [j IN range(0, size(below) - 1) WHERE j = 0 OR regionList[below[j]] <> regionList[below[j - 1]]] + [size(below)] AS runs
ORDER BY name
// A group's rows: one per region, or one with region null when no region mentions it.
WITH collect([g, name, regionList, below, runs]) AS groups, collect(CASE size(runs) WHEN 1 THEN 1 ELSE size(runs) - 1 END) AS counts
WITH groups, reduce(s = [0], n IN counts | s + (last(s) + n)) AS starts
UNWIND range(0, size(groups) - 1) AS k
WITH groups[k] AS grp, starts[k] AS start, starts[k + 1] AS end, last(starts) AS total
WHERE start < $skip + $limit AND end > $skip
WITH grp[0] AS g, grp[1] AS name, grp[2] AS regionList, grp[3] AS below, grp[4] AS runs, start, total
OPTIONAL CALL (g, regionList, below, runs) {
  WITH g, regionList, below, runs, g.mentionRegionDocs AS docList, g.mentionRegionMeasures AS measureList
  UNWIND range(0, size(runs) - 2) AS r
  RETURN regionList[below[runs[r]]] AS region,
         reduce(n = 0, j IN range(runs[r], runs[r + 1] - 1) | n + docList[below[j]]) AS documents,
         reduce(n = 0, j IN range(runs[r], runs[r + 1] - 1) | n + measureList[below[j]]) AS measures
}
WITH g, name, region, documents, measures, start, total
ORDER BY name, region
// `first`: the rows before the first group read, so the page starts $skip - first rows in.
WITH collect([g, region, coalesce(documents, 0), coalesce(measures, 0)]) AS rows, toInteger(min(start)) AS first, total
UNWIND rows[$skip - first..$skip - first + $limit] AS row
WITH row[0] AS g, row, total
RETURN g.id AS groupId, g.name AS targetGroup, row[1] AS region, row[2] AS documents, row[3] AS measures, total
