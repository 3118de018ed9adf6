// A document after clean, structure and extract, ready to become nodes and edges.
import type { CleanText } from '../clean/types.js';
import type { StructuredDoc } from '../structure/types.js';
import type { Extraction } from '../extract/types.js';

export interface ProcessedDoc {
  /** Files this document was read from (several when duplicates were merged), sorted. */
  sources: string[];
  clean: CleanText;
  doc: StructuredDoc;
  extraction: Extraction;
}
