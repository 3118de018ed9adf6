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
// Citations grouped by citing document first (a much-cited document has thousands, from a few
// hundred documents): each document is looked up once, and only the page's rows are read whole.
MATCH (:Document {id: $docId})<-[c:CITES]-(citer:Document|Measure)
WITH CASE WHEN citer:Measure THEN citer.docId ELSE citer.id END AS citingDocId,
     collect([coalesce(citer.ordinal, -1), citer, c]) AS cites
MATCH (doc:Document {id: citingDocId})
UNWIND cites AS cite
WITH doc, cite
ORDER BY doc.year, doc.name, cite[0]
WITH collect([doc, cite[1], cite[2]]) AS rows
UNWIND rows[$skip..$skip + $limit] AS row
WITH row[0] AS doc, row[1] AS citer, row[2] AS c, size(rows) AS total
RETURN doc.id AS citingDocId,
       doc.name AS citingDocument,
       labels(citer)[0] AS citedBy,
       citer.id AS citerId,
       citer.path AS measurePath,
       citer.name AS citerName,
       c.via AS via,
       c.spans AS spans,
       total
