// What the structure stage hands on: a document's metadata and its numbered units (measures).
import type { Genre, HistoryEvent, Level, Span } from '../../graph-schema/index.js';

export type UnitKind =
  | 'notice'
  | 'preamble'
  | 'chapter'
  | 'section'
  | 'subsection'
  | 'item'
  | 'subitem'
  | 'point'
  | 'article';

export interface Unit {
  /** Numbering path as written: 一/1, 四/（二）/3, 第二章/第五条; 前言 for the preamble. */
  path: string;
  kind: UnitKind;
  name: string;
  /** [start, end) of the unit's own text (heading + body up to the next heading) in the cleaned text. */
  span: Span;
  ordinal: number;
  parent?: string;
  leaf: boolean;
  /** Heading line of the section the unit sits in. */
  section?: string;
  /** A task table's row: the bodies its 牵头单位 / 责任单位 / 配合单位 cells name (structure/tables.ts). */
  assigned?: string[];
  /** Text a later revision deleted, as an inline note closing it says (（2011年1月8日删除）; structure/deletions.ts): each
   *  deleted paragraph's span (with its note) and the note's date. */
  deletions?: { date: string; span: Span }[];
  /** The note's date when the unit's whole text (after its label) is deleted: the unit keeps its number, not its force. */
  deletedOn?: string;
}

export interface StructuredDoc {
  file: string;
  /** Title of the plan (the transmitted document when the file is a 关于印发《X》的通知). */
  title: string;
  titleSpan: Span;
  /** The transmitting notice, when there is one. */
  notice?: { title: string; span: Span };
  issuer?: string;
  issuerSpan?: Span;
  issuedOn?: string;
  /** For a text that prints no date, the date its file's name carries (structure/file-date.ts): it orders the
   *  document for the link rules, lags and versions, and is never its `issuedOn`. */
  fileDate?: string;
  /** For a text that prints a date: the date its file's name carries when that is later by more than a publication's delay
   *  (a copy named for a later version than its header records; structure/file-date.ts laterNameDate). Never `issuedOn`,
   *  never an order. */
  nameDate?: string;
  year?: number;
  docNumber?: string;
  level?: Level;
  region?: string;
  /** Parent of `region` when the lexicon does not know the region (a county read by its suffix,
   *  in the province that approved its regulation). */
  regionParent?: string;
  genre: Genre;
  /** Adoption, approval, amendment and revision lines (laws and regulations), oldest first. */
  history: HistoryEvent[];
  /** Lines under the title that are metadata, not text of any measure: the history lines. */
  headSpan?: Span;
  text: string;
  units: Unit[];
}
