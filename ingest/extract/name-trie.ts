// A trie of names over UTF-16 code units, for matchers that find the longest name starting at a
// position: one walk down the trie instead of one comparison per name sharing the first character
// (session 27, perf: the dictionary pass tried every lexicon name starting with the character at
// each position, longest first).
//
// Nodes are numbers; node 0 is the root. The root's children are a table over every code unit (a matcher asks the
// root at every position of the text, most often for a character that starts no name); a deeper node's are one open-addressing
// table of (node, code unit) → child over typed arrays (session 51, perf: a Map per node, its look-up was about a tenth of
// extract's own time on gen-corpus 1,000, in dictionaryHits and namedMatches).

export class NameTrie<T> {
  private readonly values: (T | undefined)[] = [undefined];
  private readonly depths: number[] = [0];
  private readonly rootKids = new Int32Array(0x10000).fill(-1);
  // The deeper edges: slot i holds parent edgeNode[i] (0: empty; the root's edges are in rootKids), code unit edgeCode[i]
  // and child edgeChild[i]; linear probing from the pair's hash, at most half the slots full.
  private edgeNode = new Int32Array(1024);
  private edgeCode = new Uint16Array(1024);
  private edgeChild = new Int32Array(1024);
  private shift = 32 - 10;
  private edges = 0;

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
      let next = this.child(node, code);
      if (next < 0) this.insertEdge(node, code, (next = this.newNode(k + 1)));
      node = next;
    }
    if (this.values[node] === undefined) this.values[node] = value;
  }

  private newNode(depth: number): number {
    this.values.push(undefined);
    this.depths.push(depth);
    return this.values.length - 1;
  }

  private slotOf(node: number, code: number): number {
    return Math.imul(Math.imul(node, 0x9e3779b1) ^ code, 0x85ebca6b) >>> this.shift;
  }

  private insertEdge(node: number, code: number, child: number): void {
    if (2 * (this.edges + 1) > this.edgeNode.length) {
      const [nodes, codes, kids] = [this.edgeNode, this.edgeCode, this.edgeChild];
      this.edgeNode = new Int32Array(2 * nodes.length);
      this.edgeCode = new Uint16Array(2 * nodes.length);
      this.edgeChild = new Int32Array(2 * nodes.length);
      this.shift--;
      this.edges = 0;
      for (let i = 0; i < nodes.length; i++) if (nodes[i] !== 0) this.insertEdge(nodes[i], codes[i], kids[i]);
    }
    const mask = this.edgeNode.length - 1;
    let i = this.slotOf(node, code);
    while (this.edgeNode[i] !== 0) i = (i + 1) & mask;
    this.edgeNode[i] = node;
    this.edgeCode[i] = code;
    this.edgeChild[i] = child;
    this.edges++;
  }

  /** The child of `node` by code unit `code`, or -1. */
  child(node: number, code: number): number {
    if (node === 0) return this.rootKids[code];
    const nodes = this.edgeNode;
    const mask = nodes.length - 1;
    for (let i = this.slotOf(node, code); ; i = (i + 1) & mask) {
      const n = nodes[i];
      if (n === 0) return -1;
      if (n === node && this.edgeCode[i] === code) return this.edgeChild[i];
    }
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
