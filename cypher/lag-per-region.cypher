// title: Median lag per region behind a directive
// description: For the IMPLEMENTS links into the directive's measures, per region of the
//   implementing document: the median, minimum and maximum days between the two issue dates,
//   how many links, and whether any lag is approximate (years × 365 when a full date is missing).
// param directiveId: string — id of the higher Document, e.g. "doc:中国科协2020年科普工作要点"
// example: :param directiveId => "doc:中国科协2020年科普工作要点"
// Links grouped by implementing document first, so each document is looked up once (a directive
// can have thousands of incoming links from a few hundred documents).
MATCH (:Measure {docId: $directiveId})<-[i:IMPLEMENTS]-(lm:Measure)
WHERE i.lagDays IS NOT NULL
WITH lm.docId AS docId, collect([i.lagDays, coalesce(i.lagApprox, false)]) AS lags
MATCH (d:Document {id: docId})
UNWIND lags AS lag
RETURN coalesce(d.region, '(no region)') AS region,
       percentileDisc(lag[0], 0.5) AS medianLagDays,
       min(lag[0]) AS minLagDays,
       max(lag[0]) AS maxLagDays,
       count(lag) AS links,
       any(x IN collect(lag[1]) WHERE x) AS approx,
       collect(DISTINCT d.name) AS documents
ORDER BY region
