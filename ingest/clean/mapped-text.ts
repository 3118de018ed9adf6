// A string that remembers, for each character, where it came from in the original text, so that
// deletions and per-character replacements keep spans traceable to the source file.
export class MappedText {
  constructor(
    readonly chars: string[],
    readonly origin: number[],
  ) {}

  static from(text: string): MappedText {
    const chars = Array.from(text);
    const origin: number[] = [];
    let o = 0;
    for (const c of chars) {
      origin.push(o);
      o += c.length; // surrogate pairs count 2 in JS offsets of the source
    }
    return new MappedText(chars, origin);
  }

  get text(): string {
    return this.chars.join('');
  }

  /** Keeps the characters for which keep(i) is true. */
  filter(keep: (i: number) => boolean): MappedText {
    const chars: string[] = [];
    const origin: number[] = [];
    this.chars.forEach((c, i) => {
      if (keep(i)) {
        chars.push(c);
        origin.push(this.origin[i]);
      }
    });
    return new MappedText(chars, origin);
  }

  /** Replaces each character by map(c) (which may be empty or longer: extra characters share the origin). */
  mapChars(map: (c: string, i: number) => string): MappedText {
    const chars: string[] = [];
    const origin: number[] = [];
    this.chars.forEach((c, i) => {
      for (const d of Array.from(map(c, i))) {
        chars.push(d);
        origin.push(this.origin[i]);
      }
    });
    return new MappedText(chars, origin);
  }

  /** Removes every match of re (global) from the text. */
  remove(re: RegExp, keepGroup?: number): MappedText {
    const text = this.text;
    const drop = new Uint8Array(text.length);
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      let keepFrom = -1;
      let keepTo = -1;
      if (keepGroup !== undefined && m[keepGroup] !== undefined) {
        keepFrom = start + m[0].indexOf(m[keepGroup]);
        keepTo = keepFrom + m[keepGroup].length;
      }
      for (let k = start; k < start + m[0].length; k++) if (k < keepFrom || k >= keepTo) drop[k] = 1;
    }
    return this.dropUnits(drop);
  }

  /** Drops the characters whose UTF-16 offset in `text` is flagged (offsets, not character indexes). */
  dropUnits(drop: Uint8Array): MappedText {
    let unit = 0;
    const keep: boolean[] = this.chars.map((c) => {
      const k = drop[unit] === 0;
      unit += c.length;
      return k;
    });
    return this.filter((i) => keep[i]);
  }

  /** Origins as UTF-16 offsets of the cleaned text (one entry per unit, plus the end). */
  unitOrigins(sourceLength: number): number[] {
    const out: number[] = [];
    this.chars.forEach((c, i) => {
      for (let k = 0; k < c.length; k++) out.push(this.origin[i] + k);
    });
    out.push(sourceLength);
    return out;
  }
}
