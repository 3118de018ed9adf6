// title: Median lag per region behind a directive
// description: For the IMPLEMENTS links into the directive's measures, per region of the
//   implementing document: the median, minimum and maximum days between the two issue dates,
//   how many links, and whether any lag is approximate (years × 365 when a full date is missing).
// param directiveId: string — id of the higher Document, e.g. "doc:中国科协2020年科普工作要点"
// example: :param directiveId => "doc:中国科协2020年科普工作要点"
MATCH (:Measure {docId: $directiveId})<-[i:IMPLEMENTS]-(lm:Measure)
WHERE i.lagDays IS NOT NULL
MATCH (d:Document {id: lm.docId})
RETURN coalesce(d.region, '(no region)') AS region,
       percentileDisc(i.lagDays, 0.5) AS medianLagDays,
       min(i.lagDays) AS minLagDays,
       max(i.lagDays) AS maxLagDays,
       count(i) AS links,
       any(x IN collect(coalesce(i.lagApprox, false)) WHERE x) AS approx,
       collect(DISTINCT d.name) AS documents
ORDER BY region
