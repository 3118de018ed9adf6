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
// Each citation is found by its relationship's key, `CITES|<citer id>|<cited id>` (graph-schema
// edgeKey, the key every snapshot writer gives an edge; indexed: INDEXED_RELATIONSHIP_KEYS), which
// yields the citer too: one index seek instead of a seek per label and an expansion of the citer's
// relationships (session 22, the bench's most cited document at 1,000 documents: 2,546 → 1,403 db
// hits a page, Neo4j CPU 11–15 → 8.5–9.5 ms a run at load 5.5; the labels keep out a load's staged
// copies). The end node is matched apart and compared, so the planner cannot start from the cited
// document's thousands of relationships (binding it in the pattern did: 1,000,000 db hits). Session 21's version:
// tests/neo4j/citing-documents-reference.cypher (the tests compare their rows page by page).
MATCH (cited:Document {id: $docId})
WITH cited, coalesce(cited.citedBy, []) AS ids
UNWIND range($skip, $skip + $limit - 1) AS k
WITH *
WHERE k < size(ids)
MATCH (citer)-[c:CITES {key: 'CITES|' + ids[k] + '|' + $docId}]->(target)
WHERE target = cited AND (citer:Measure OR citer:Document)
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
