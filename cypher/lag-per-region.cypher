// title: Median lag per region behind a directive
// description: For the IMPLEMENTS links into the directive's measures, per region of the
//   implementing document: the median, minimum and maximum days between the two issue dates,
//   how many links, and whether any lag is approximate (years × 365 when a full date is missing).
// param directiveId: string — id of the higher Document, e.g. "doc:中国科协2020年科普工作要点"
// example: :param directiveId => "doc:中国科协2020年科普工作要点"
// A directive can have thousands of incoming links from hundreds of documents: the loader keeps
// these figures on the directive, one list entry per region (lagRegion, lagMedianDays, lagMinDays,
// lagMaxDays, lagLinks, lagApprox; the documents in lagDocument, region i's from lagDocumentStart[i]
// to lagDocumentStart[i + 1]: neo4j/derived.ts), computed from the same links this query once walked:
//   MATCH (:Measure {docId: $directiveId})<-[i:IMPLEMENTS]-(lm:Measure) WHERE i.lagDays IS NOT NULL
//   MATCH (d:Document {id: lm.docId}) … percentileDisc(i.lagDays, 0.5) per coalesce(d.region, '(no region)')
MATCH (dir:Document {id: $directiveId})
WITH dir.lagRegion AS regions, dir.lagMedianDays AS medians, dir.lagMinDays AS mins, dir.lagMaxDays AS maxs,
     dir.lagLinks AS links, dir.lagApprox AS approx, dir.lagDocument AS documents, dir.lagDocumentStart AS starts
UNWIND range(0, size(coalesce(regions, [])) - 1) AS i
RETURN regions[i] AS region,
       medians[i] AS medianLagDays,
       mins[i] AS minLagDays,
       maxs[i] AS maxLagDays,
       links[i] AS links,
       approx[i] AS approx,
       documents[starts[i]..starts[i + 1]] AS documents
ORDER BY region
