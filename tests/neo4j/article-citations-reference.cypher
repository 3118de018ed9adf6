// title: Lower measures that cite an article of a document
// description: Which measures of lower documents name an article of the given document by its
//   number (符合《中华人民共和国国防教育法》第二十八条规定条件的…): the IMPLEMENTS links that carry
//   `citedArticle`, with the citing document's level, region and issue date, the days between the
//   two issue dates (lagApprox: years × 365 when a full date is missing), the link's verdict and
//   score, and the evidence as JSON (its `citations`: span in the citing document and the text).
//   Ordered by article, then oldest citing document first.
// param docId: string — id of the cited Document, e.g. "doc:中华人民共和国国防教育法@2018-04-27"
// param article: string — the article as its measure's path names it, e.g. "第二十八条"; "" for every article
// example: :param docId => "doc:中华人民共和国国防教育法@2018-04-27"
// example: :param article => "第二十八条"
// default: :param article => ""
// The article is a segment of the higher measure's path (第四章/第二十八条, or 第二十八条/1 for a
// clause under it); each of its measures' incoming links is read once.
MATCH (hm:Measure {docId: $docId})
WHERE $article = '' OR '/' + hm.path + '/' CONTAINS '/' + $article + '/'
MATCH (lm:Measure)-[i:IMPLEMENTS]->(hm)
WHERE i.citedArticle
MATCH (d:Document {id: lm.docId})
RETURN hm.id AS articleId,
       hm.path AS articlePath,
       d.id AS docId,
       d.name AS document,
       d.level AS level,
       d.region AS region,
       coalesce(d.issuedOn, toString(toInteger(d.year))) AS issued,
       lm.id AS measureId,
       lm.path AS path,
       lm.name AS measure,
       i.verdict AS verdict,
       i.score AS score,
       i.lagDays AS lagDays,
       coalesce(i.lagApprox, false) AS lagApprox,
       i.evidence AS evidence
ORDER BY hm.ordinal, issued, document, lm.ordinal, measureId
