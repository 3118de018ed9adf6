// What the read stage hands on: the text of one file, decoded, with how it was read.
export type SourceFormat = 'txt' | 'html' | 'docx' | 'doc' | 'pdf' | 'md' | 'mht' | 'ofd' | 'xlsx' | 'xls' | 'spreadsheetml' | 'wordml';

export interface ReadResult {
  /** Path as given (relative to the corpus root when read from a directory). */
  file: string;
  format: SourceFormat;
  /** Detected encoding of the bytes (utf-8, gb18030, big5, utf-16le …); `binary` for doc/docx/pdf/ofd/xlsx. */
  encoding: string;
  /** Plain text, one paragraph per line; markup, scripts and page navigation removed. */
  text: string;
}
