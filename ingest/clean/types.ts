// What the clean stage hands on: simplified, normalised text with a map back to the source text.
export interface CleanText {
  /** Simplified, normalised text, one paragraph per line; every span in the graph points here. */
  text: string;
  /** origin[i] = offset in the read text of cleaned character i (length text.length + 1). */
  origin: number[];
  /** Lines dropped as page chrome / CMS / spam, kept for metadata (a page date) and for review. */
  dropped: { kind: string; line: string }[];
  /** True when the source was in traditional characters (converted to simplified). */
  traditional: boolean;
  /** Inline pinyin annotations removed, e.g. 中國(guó) → 中国. */
  pinyinRemoved: number;
}
