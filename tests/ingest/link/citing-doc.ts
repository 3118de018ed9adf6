// A hand-written document for the citation readers' tests (sessions 61 ministry3 and grounds): one leaf article per block
// (第X条 …, a block's items on later lines), its 《》 citations placed as the extract stage gives them.
import type { ProcessedDoc } from '../../../ingest/snapshot/types.js';

export function citingDoc(title: string, blocks: string[]): ProcessedDoc {
  const text = blocks.join('\n');
  let at = 0;
  const units = blocks.map((l) => {
    const path = l.match(/^第[^条]+条/)![0];
    const u = { path, kind: 'article', name: '', span: [at, at + l.length], ordinal: 0, leaf: true };
    at += l.length + 1;
    return u;
  });
  const citations = [...text.matchAll(/《([^》]+)》/g)].map((m) => ({
    title: m[1],
    span: [m.index!, m.index! + m[0].length],
    path: units.find((u) => u.span[0] <= m.index! && m.index! < u.span[1])!.path,
  }));
  return { doc: { title, text, units }, extraction: { citations } } as unknown as ProcessedDoc;
}
