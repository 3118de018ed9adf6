// title: Documents and measures that cite a document
// description: Who cites one document: citing documents, and the measures whose text names it
//   by its full title or by an abbreviation defined in the text (以下简称《意见》), with the
//   character spans of each citation in the citing document's cleaned text.
// param docId: string — id of the cited Document node, e.g. "doc:关于新时代进一步加强科学技术普及工作的意见"
// example: :param docId => "doc:关于新时代进一步加强科学技术普及工作的意见"
MATCH (:Document {id: $docId})<-[c:CITES]-(citer:Document|Measure)
WITH c, citer, CASE WHEN citer:Measure THEN citer.docId ELSE citer.id END AS citingDocId
MATCH (doc:Document {id: citingDocId})
RETURN doc.id AS citingDocId,
       doc.name AS citingDocument,
       labels(citer)[0] AS citedBy,
       citer.id AS citerId,
       citer.path AS measurePath,
       citer.name AS citerName,
       c.via AS via,
       c.spans AS spans
ORDER BY doc.year, doc.name, coalesce(citer.ordinal, -1)
