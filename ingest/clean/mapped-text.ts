// A string that remembers, for each character, where it came from in the original text, so that
// deletions and per-character replacements keep spans traceable to the source file.
// Immutable: an operation that changes nothing returns the same value (no copy of every character),
// and the joined text is kept once made (clean reads it after most steps; issue 11 profile).
// Session 28 (perf): an operation on a value whose text is known makes the new text from slices of
// the old one (the runs kept, the characters changed or inserted) instead of joining every character
// again: the joins were a quarter of the clean stage's time (gen-corpus 1,000, one-thread profile).
// The same characters either way (tests/ingest/clean/mapped-text.test.ts).
export class MappedText {
  private joined: string | undefined;

  constructor(
    readonly chars: readonly string[],
    readonly origin: readonly number[],
    joined?: string,
  ) {
    this.joined = joined;
  }

  static from(text: string): MappedText {
    // One pass by code unit (as Array.from splits: a surrogate pair is one character, a lone
    // surrogate one of its own); surrogate pairs count 2 in JS offsets of the source.
    const chars: string[] = [];
    const origin: number[] = [];
    for (let o = 0; o < text.length; o++) {
      const u = text.charCodeAt(o);
      origin.push(o);
      if (u >= 0xd800 && u <= 0xdbff && o + 1 < text.length && (text.charCodeAt(o + 1) & 0xfc00) === 0xdc00) {
        chars.push(text.slice(o, o + 2));
        o++;
      } else chars.push(text[o]);
    }
    return new MappedText(chars, origin, text);
  }

  get text(): string {
    this.joined ??= this.chars.join('');
    return this.joined;
  }

  /** Keeps the characters for which keep(i) is true. */
  filter(keep: (i: number) => boolean): MappedText {
    const chars: string[] = [];
    const origin: number[] = [];
    for (let i = 0; i < this.chars.length; i++) {
      if (keep(i)) {
        chars.push(this.chars[i]);
        origin.push(this.origin[i]);
      }
    }
    return new MappedText(chars, origin);
  }

  /** Replaces each character by map(c) (which may be empty or longer: extra characters share the origin). */
  mapChars(map: (c: string, i: number) => string): MappedText {
    // The copies are only made from the first character that changes (most texts: none changes).
    let chars: string[] | undefined;
    let origin: number[] | undefined;
    // The new text: the old text's runs up to each changed character, then its replacement.
    const old = this.joined;
    const pieces: string[] = [];
    let unit = 0;
    let copied = 0;
    for (let i = 0; i < this.chars.length; i++) {
      const c = this.chars[i];
      const d = map(c, i);
      if (d === c) {
        if (chars) {
          chars.push(c);
          origin!.push(this.origin[i]);
        }
        unit += c.length;
        continue;
      }
      if (!chars) {
        chars = this.chars.slice(0, i);
        origin = this.origin.slice(0, i);
      }
      if (old !== undefined) {
        pieces.push(old.slice(copied, unit), d);
        copied = unit + c.length;
      }
      unit += c.length;
      if (d.length === 1) {
        chars.push(d);
        origin!.push(this.origin[i]);
        continue;
      }
      for (const x of Array.from(d)) {
        chars.push(x);
        origin!.push(this.origin[i]);
      }
    }
    if (!chars) return this;
    if (old !== undefined) pieces.push(old.slice(copied));
    return new MappedText(chars, origin!, old !== undefined ? pieces.join('') : undefined);
  }

  /** Inserts `s` before the character at each UTF-16 offset of `text` in `at` (ascending); the inserted
   *  characters take that character's origin. */
  insertBefore(at: readonly number[], s: string): MappedText {
    if (at.length === 0) return this;
    const chars: string[] = [];
    const origin: number[] = [];
    const old = this.joined;
    const pieces: string[] = [];
    let copied = 0;
    let unit = 0;
    let k = 0;
    for (let i = 0; i < this.chars.length; i++) {
      while (k < at.length && at[k] <= unit) {
        if (at[k] === unit) {
          for (const x of Array.from(s)) {
            chars.push(x);
            origin.push(this.origin[i]);
          }
          if (old !== undefined) {
            pieces.push(old.slice(copied, unit), s);
            copied = unit;
          }
        }
        k++;
      }
      chars.push(this.chars[i]);
      origin.push(this.origin[i]);
      unit += this.chars[i].length;
    }
    if (old !== undefined) pieces.push(old.slice(copied));
    return new MappedText(chars, origin, old !== undefined ? pieces.join('') : undefined);
  }

  /** Removes every match of re (global) from the text. */
  remove(re: RegExp, keepGroup?: number): MappedText {
    const text = this.text;
    const drop = new Uint8Array(text.length);
    let any = false;
    for (const m of text.matchAll(re)) {
      any = true;
      const start = m.index!;
      let keepFrom = -1;
      let keepTo = -1;
      if (keepGroup !== undefined && m[keepGroup] !== undefined) {
        keepFrom = start + m[0].indexOf(m[keepGroup]);
        keepTo = keepFrom + m[keepGroup].length;
      }
      for (let k = start; k < start + m[0].length; k++) if (k < keepFrom || k >= keepTo) drop[k] = 1;
    }
    return any ? this.dropUnits(drop) : this;
  }

  /** Drops the characters whose UTF-16 offset in `text` is flagged (offsets, not character indexes). */
  dropUnits(drop: Uint8Array): MappedText {
    if (drop.indexOf(1) < 0) return this;
    const chars: string[] = [];
    const origin: number[] = [];
    // The new text: the old text's runs of kept characters.
    const old = this.joined;
    const pieces: string[] = [];
    let runFrom = -1;
    let unit = 0;
    for (let i = 0; i < this.chars.length; i++) {
      const c = this.chars[i];
      if (drop[unit] === 0) {
        chars.push(c);
        origin.push(this.origin[i]);
        if (runFrom < 0) runFrom = unit;
      } else if (runFrom >= 0) {
        if (old !== undefined) pieces.push(old.slice(runFrom, unit));
        runFrom = -1;
      }
      unit += c.length;
    }
    if (runFrom >= 0 && old !== undefined) pieces.push(old.slice(runFrom, unit));
    return new MappedText(chars, origin, old !== undefined ? pieces.join('') : undefined);
  }

  /** Origins as UTF-16 offsets of the cleaned text (one entry per unit, plus the end). */
  unitOrigins(sourceLength: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.chars.length; i++) {
      for (let k = 0; k < this.chars[i].length; k++) out.push(this.origin[i] + k);
    }
    out.push(sourceLength);
    return out;
  }
}
