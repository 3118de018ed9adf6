// title: How a lower-level plan implements a higher-level one
// description: The IMPLEMENTS relationships from measures of the lower document to measures of
//   the higher one, in the lower document's reading order, with the link score, the days between
//   the two issue dates (when known) and the evidence (reused passages with spans on both sides,
//   shared entities) as JSON.
// param lowerDocId: string — id of the lower-level (implementing) Document, e.g. "doc:吉林省科协2020年科普工作要点"
// param higherDocId: string — id of the higher-level (implemented) Document, e.g. "doc:中国科协2020年科普工作要点"
// example: :param lowerDocId => "doc:吉林省科协2020年科普工作要点"
// example: :param higherDocId => "doc:中国科协2020年科普工作要点"
MATCH (lm:Measure {docId: $lowerDocId})-[i:IMPLEMENTS]->(hm:Measure {docId: $higherDocId})
RETURN lm.id AS lowerId,
       lm.path AS lowerPath,
       lm.name AS lowerMeasure,
       hm.id AS higherId,
       hm.path AS higherPath,
       hm.name AS higherMeasure,
       i.score AS score,
       i.lagDays AS lagDays,
       i.evidence AS evidence
ORDER BY lm.ordinal, i.score DESC, hm.ordinal
