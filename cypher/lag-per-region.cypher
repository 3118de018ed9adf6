// title: Median lag per region behind a directive
// description: For the IMPLEMENTS links into the directive's measures, per region of the
//   implementing document: the median, minimum and maximum days between the two issue dates,
//   how many links, and whether any lag is approximate (years × 365 when a full date is missing).
// param directiveId: string — id of the higher Document, e.g. "doc:中国科协2020年科普工作要点"
// example: :param directiveId => "doc:中国科协2020年科普工作要点"
// A directive can have thousands of incoming links from hundreds of documents: the loader keeps
// these figures on the directive, one list entry per region (lagRegion, lagMedianDays, lagMinDays,
// lagMaxDays, lagLinks, lagApprox; the documents in lagDocument with their region's index in
// lagDocumentRegion: neo4j/derived.ts), computed from the same links this query once walked:
//   MATCH (:Measure {docId: $directiveId})<-[i:IMPLEMENTS]-(lm:Measure) WHERE i.lagDays IS NOT NULL
//   MATCH (d:Document {id: lm.docId}) … percentileDisc(i.lagDays, 0.5) per coalesce(d.region, '(no region)')
MATCH (dir:Document {id: $directiveId})
UNWIND range(0, size(coalesce(dir.lagRegion, [])) - 1) AS i
RETURN dir.lagRegion[i] AS region,
       dir.lagMedianDays[i] AS medianLagDays,
       dir.lagMinDays[i] AS minLagDays,
       dir.lagMaxDays[i] AS maxLagDays,
       dir.lagLinks[i] AS links,
       dir.lagApprox[i] AS approx,
       [j IN range(0, size(dir.lagDocument) - 1) WHERE dir.lagDocumentRegion[j] = i | dir.lagDocument[j]] AS documents
ORDER BY region
