// A trie of names over UTF-16 code units, for matchers that find the longest name starting at a
// position: one walk down the trie instead of one comparison per name sharing the first character
// (session 27, perf: the dictionary pass tried every lexicon name starting with the character at
// each position, longest first).
//
// Nodes are numbers; node 0 is the root. The root's children are a table over every code unit (a matcher asks the
// root at every position of the text, most often for a character that starts no name); a deeper node's are a Map.

export class NameTrie<T> {
  private readonly kids: (Map<number, number> | undefined)[] = [undefined];
  private readonly values: (T | undefined)[] = [undefined];
  private readonly depths: number[] = [0];
  private readonly rootKids = new Int32Array(0x10000).fill(-1);

  /** Adds `word` with `value`; a word already present keeps its first value. */
  add(word: string, value: T): void {
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const code = word.charCodeAt(k);
      if (node === 0) {
        if (this.rootKids[code] < 0) this.rootKids[code] = this.newNode(1);
        node = this.rootKids[code];
        continue;
      }
      let kids = this.kids[node];
      if (!kids) this.kids[node] = kids = new Map();
      let next = kids.get(code);
      if (next === undefined) kids.set(code, (next = this.newNode(k + 1)));
      node = next;
    }
    if (this.values[node] === undefined) this.values[node] = value;
  }

  private newNode(depth: number): number {
    this.kids.push(undefined);
    this.values.push(undefined);
    this.depths.push(depth);
    return this.values.length - 1;
  }

  /** The child of `node` by code unit `code`, or -1. */
  child(node: number, code: number): number {
    if (node === 0) return this.rootKids[code];
    const kids = this.kids[node];
    if (!kids) return -1;
    const next = kids.get(code);
    return next === undefined ? -1 : next;
  }

  /** The value of the word ending at `node`, if a word ends there. */
  value(node: number): T | undefined {
    return this.values[node];
  }

  /** The length of the words ending at `node` (code units from the root). */
  depth(node: number): number {
    return this.depths[node];
  }
}
