// A regulation made of parts (chapters, sections, articles) for the penalty-article tests: the text each part's span
// points into, as the structure stage would give it.
import type { ProcessedDoc } from '../../../ingest/snapshot/types.js';

export type Part = { path: string; kind: 'chapter' | 'section' | 'article'; text: string; parent?: string };

export function regulation(parts: Part[]): ProcessedDoc {
  let text = '';
  const units = parts.map((p) => {
    const start = text.length;
    text += `${p.text}\n`;
    return { path: p.path, kind: p.kind, name: p.text.slice(0, 12), span: [start, start + p.text.length] as [number, number], ordinal: 0, parent: p.parent, leaf: p.kind === 'article' };
  });
  return { doc: { text, units, genre: 'regulation' } } as unknown as ProcessedDoc;
}
