// title: Median lag per province behind a directive
// description: For the IMPLEMENTS links into the directive's measures, per province of the
//   implementing document (a city's or county's links count with its province's, as the regions'
//   PART_OF chain says; a document without a province stays its own row): the median, minimum and
//   maximum days between the two issue dates, how many links, whether any lag is approximate
//   (years × 365 when a full date is missing), and the regions rolled into the row.
// param directiveId: string — id of the higher Document, e.g. "doc:中国科协2020年科普工作要点"
// example: :param directiveId => "doc:中国科协2020年科普工作要点"
// The loader keeps these figures on the directive (lagProvince, lagProvinceMedianDays, lagProvinceMinDays,
// lagProvinceMaxDays, lagProvinceLinks, lagProvinceApprox, lagProvinceRegions: neo4j/derived.ts), computed once
// from the same links and PART_OF chains this query would otherwise walk per request (session 37: 36,581 db hits,
// 123 ms median for the 1k bench's busiest directive):
//   MATCH (:Measure {docId: $directiveId})<-[i:IMPLEMENTS]-(lm:Measure) WHERE i.lagDays IS NOT NULL
//   … OPTIONAL MATCH (:Region {id: 'region:' + region})-[:PART_OF*0..3]->(p:Region {level: 'province'})
MATCH (dir:Document {id: $directiveId})
WITH dir.lagProvince AS provinces, dir.lagProvinceMedianDays AS medians, dir.lagProvinceMinDays AS mins,
     dir.lagProvinceMaxDays AS maxs, dir.lagProvinceLinks AS links, dir.lagProvinceApprox AS approx,
     dir.lagProvinceRegions AS regions
UNWIND range(0, size(coalesce(provinces, [])) - 1) AS i
RETURN provinces[i] AS province,
       medians[i] AS medianLagDays,
       mins[i] AS minLagDays,
       maxs[i] AS maxLagDays,
       links[i] AS links,
       approx[i] AS approx,
       regions[i] AS regions
ORDER BY province
