// title: Documents and measures that cite a document
// description: Who cites one document: citing documents, and the measures whose text names it
//   by its full title or by an abbreviation defined in the text (以下简称《意见》), with the
//   character spans of each citation in the citing document's cleaned text. One page of rows at a
//   time, oldest citing document first; `total` is the number of rows of every page.
// param docId: string — id of the cited Document node, e.g. "doc:关于新时代进一步加强科学技术普及工作的意见"
// param skip: integer — rows skipped before this page (0: the first page)
// param limit: integer — rows per page
// example: :param docId => "doc:关于新时代进一步加强科学技术普及工作的意见"
// example: :param skip => 0
// example: :param limit => 100
// default: :param skip => 0
// default: :param limit => 100
// A much-cited document has thousands of citations: the loader keeps the citing nodes' ids on it
// in this order (citedBy: neo4j/derived.ts), so a page reads only its own citers and documents.
MATCH (cited:Document {id: $docId})
WITH cited, coalesce(cited.citedBy, []) AS ids
UNWIND range($skip, $skip + $limit - 1) AS k
WITH *
WHERE k < size(ids)
CALL (k, ids) {
  MATCH (citer:Measure {id: ids[k]}) RETURN citer
  UNION
  MATCH (citer:Document {id: ids[k]}) RETURN citer
}
MATCH (citer)-[c:CITES]->(cited)
MATCH (doc:Document {id: CASE WHEN citer:Measure THEN citer.docId ELSE citer.id END})
RETURN doc.id AS citingDocId,
       doc.name AS citingDocument,
       labels(citer)[0] AS citedBy,
       citer.id AS citerId,
       citer.path AS measurePath,
       citer.name AS citerName,
       c.via AS via,
       c.spans AS spans,
       size(ids) AS total
ORDER BY k
