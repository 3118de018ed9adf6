// A string that remembers, for each character, where it came from in the original text, so that
// deletions and per-character replacements keep spans traceable to the source file.
// Immutable: an operation that changes nothing returns the same value (no copy of every character),
// and the joined text is kept once made (clean reads it after most steps; issue 11 profile).
export class MappedText {
  private joined: string | undefined;

  constructor(
    readonly chars: readonly string[],
    readonly origin: readonly number[],
  ) {}

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
    return new MappedText(chars, origin);
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
    for (let i = 0; i < this.chars.length; i++) {
      const c = this.chars[i];
      const d = map(c, i);
      if (d === c) {
        if (chars) {
          chars.push(c);
          origin!.push(this.origin[i]);
        }
        continue;
      }
      if (!chars) {
        chars = this.chars.slice(0, i);
        origin = this.origin.slice(0, i);
      }
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
    return chars ? new MappedText(chars, origin!) : this;
  }

  /** Inserts `s` before the character at each UTF-16 offset of `text` in `at` (ascending); the inserted
   *  characters take that character's origin. */
  insertBefore(at: readonly number[], s: string): MappedText {
    if (at.length === 0) return this;
    const chars: string[] = [];
    const origin: number[] = [];
    let unit = 0;
    let k = 0;
    for (let i = 0; i < this.chars.length; i++) {
      while (k < at.length && at[k] <= unit) {
        if (at[k] === unit) for (const x of Array.from(s)) {
          chars.push(x);
          origin.push(this.origin[i]);
        }
        k++;
      }
      chars.push(this.chars[i]);
      origin.push(this.origin[i]);
      unit += this.chars[i].length;
    }
    return new MappedText(chars, origin);
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
    let unit = 0;
    for (let i = 0; i < this.chars.length; i++) {
      const c = this.chars[i];
      if (drop[unit] === 0) {
        chars.push(c);
        origin.push(this.origin[i]);
      }
      unit += c.length;
    }
    return new MappedText(chars, origin);
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
