// What the extract stage hands on for one document: every fact with the unit it sits in and its
// span in the cleaned text.
import type { EntityType, Span } from '../../graph-schema/index.js';

/** The path of facts read from the history lines: they belong to the document, not to a measure. */
export const HEAD_PATH = '';

export interface Mention {
  /** Path of the unit (measure) the fact sits in; HEAD_PATH for the history lines. */
  path: string;
  type: EntityType;
  canonical: string;
  surface: string;
  span: Span;
}

export interface Citation {
  /** Path of the citing unit; HEAD_PATH for an amendment decision named in the history lines. */
  path: string;
  /** Canonical title of the cited document. */
  title: string;
  span: Span;
  via: 'title' | 'abbreviation';
  /** Issuer named right before the title (中共中央办公厅、国务院办公厅《…》). */
  issuers: string[];
}

export interface ExtractedTarget {
  path: string;
  name: string;
  metric: string;
  comparator: '>=' | '<=' | '=' | '>' | '<';
  value: number;
  valueMax?: number;
  unit: string;
  year?: number;
  span: Span;
}

export interface Extraction {
  mentions: Mention[];
  citations: Citation[];
  targets: ExtractedTarget[];
  /** Abbreviations defined in the text: 意见 → 关于新时代进一步加强科学技术普及工作的意见. */
  abbreviations: Record<string, string>;
  /** Content words of each unit (jieba nouns, verbs, names of 2+ characters), for linking. */
  words: Record<string, string[]>;
}
