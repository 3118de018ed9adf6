// Session 63 (helper licence2, issue 13): the titled part (options.titledPart). A department's rule often carries only the
// part of its higher text its title names: 机动车驾驶证申领和使用规定 carries the 道路交通安全法实施条例's 第二章第二节 机动车驾驶人
// (the application, the examination, validity, the points), not its vehicle, road or accident articles; 道路交通事故处理程序规定
// carries the 道路交通安全法's 第五章 交通事故处理. When the higher text's chapters or sections have headings and one of them
// shares with the lower title a run the higher title lacks (机动车驾驶 of 机动车驾驶证 and 机动车驾驶人; the genre words and the
// cited titles of the lower title cut; at least `run` characters), the lower document's articles may link in that higher
// document only the articles of the part(s) sharing the longest such run, and the articles of its general chapters — those
// whose heading matches `general` (总则, 监督, 法律责任, 附则: what the gold guideline lets such a rule carry, the department's
// openness, supervision and discipline and the sanctions, tests/real/licence/README.md), and those outside any chapter. A
// lower title sharing no run with a heading changes nothing. The rule refuses a pair of units before any score (implements.ts
// refusal 'titled-part'), so coverage's replay, which selects again among the recorded candidates, needs nothing.
// Pure: no Node builtins (coverage imports ingest/link).

/** The rule's setting (LinkOptions.titledPart). */
export interface TitledPartRule {
  /** The shortest run a heading and the lower title share (4: 机动车驾驶). */
  run: number;
  /** The lower title's genre words, cut before the runs are read (a regex source). */
  genreWords: string;
  /** [lower level, higher level] pairs the rule reads (the documents' `level`). */
  levels: [string, string][];
  /** The lower document's genres (its units' genre). */
  genres: string[];
  /** A general chapter of the higher text (a regex source over its heading, whitespace dropped): its articles stay open. */
  general: string;
  /** When no heading shares a run: the part whose articles alone hold a run of the lower title (the higher title lacking it,
   *  of at least this many characters; the general chapters' and unchaptered articles' holders not counted) —
   *  道路交通安全违法行为记分管理办法's 记分, held by the 条例's 第二十三至二十五条 of 第二章第二节 and its 附则. The longest such
   *  run decides; runs of one length naming different parts name none. Absent: off. */
  holders?: number;
}

/** The part a run of the lower title is held in (`holders`): the unit path of the one non-general part whose articles
 *  hold the longest run of `core` the higher title lacks, at least `min` long. */
export function holderPart(core: string, higherTitle: string, articles: { id: string; text: string }[], headings: Record<string, string>, general: RegExp, min: number): string | undefined {
  const open = articles
    .map((a) => ({ part: parentPath(a.id), text: a.text.replace(/\s+/g, '') }))
    .filter((a) => a.part && !general.test((headings[a.part.split('/')[0]] ?? '').replace(/\s+/g, '')));
  const title = higherTitle.replace(/\s+/g, '');
  const longest = Math.max(0, ...core.split('|').map((x) => x.length));
  for (let n = longest; n >= min; n--) {
    const found = new Set<string>();
    for (let i = 0; i + n <= core.length; i++) {
      const g = core.slice(i, i + n);
      if (g.includes('|') || title.includes(g)) continue;
      const parts = new Set(open.filter((a) => a.text.includes(g)).map((a) => a.part));
      if (parts.size === 1) found.add([...parts][0]);
    }
    if (found.size) return found.size === 1 ? [...found][0] : undefined;
  }
  return undefined;
}

/** The chapter or section path of a measure id (…#第二章/第二节/第十九条 → 第二章/第二节; '' outside any chapter). */
export const parentPath = (id: string): string => {
  const hash = id.indexOf('#') + 1;
  return id.slice(hash, Math.max(hash, id.lastIndexOf('/')));
};

/** The longest run of `heading` (whitespace dropped) that `core` holds and `higherTitle` lacks; '' when none is `run` long. */
export function sharedRun(heading: string, core: string, higherTitle: string, run: number): string {
  const h = heading.replace(/\s+/g, '');
  for (let n = h.length; n >= run; n--)
    for (let i = 0; i + n <= h.length; i++) {
      const g = h.slice(i, i + n);
      if (core.includes(g) && !higherTitle.includes(g)) return g;
    }
  return '';
}

/** The parts (unit paths) of the higher document the lower title names, or undefined when the rule does not apply: no
 *  general part counts, only the parts sharing the longest run. */
export function titledParts(lowerTitle: string, higherTitle: string, headings: Record<string, string> | undefined, rule: Pick<TitledPartRule, 'run' | 'genreWords' | 'general' | 'holders'>, articles?: () => { id: string; text: string }[]): string[] | undefined {
  if (!headings) return undefined;
  const core = lowerTitle.replace(/《[^《》]*》/g, '|').replace(/\s+/g, '').replace(new RegExp(rule.genreWords, 'g'), '|');
  const general = new RegExp(rule.general);
  let best = 0;
  let parts: string[] = [];
  for (const [path, name] of Object.entries(headings)) {
    if (general.test(name.replace(/\s+/g, ''))) continue;
    const r = sharedRun(name, core, higherTitle.replace(/\s+/g, ''), rule.run);
    if (r.length > best) [best, parts] = [r.length, [path]];
    else if (r.length && r.length === best) parts.push(path);
  }
  if (parts.length) return parts;
  if (!rule.holders || !articles) return undefined;
  const held = holderPart(core, higherTitle, articles(), headings, general, rule.holders);
  return held ? [held] : undefined;
}

/** Whether a higher measure (its id) lies in one of `parts` or in a general chapter (or outside any chapter). */
export function inTitledPart(higherId: string, parts: string[], headings: Record<string, string>, general: RegExp): boolean {
  const p = parentPath(higherId);
  if (!p || parts.some((x) => p === x || p.startsWith(`${x}/`))) return true;
  const chapter = p.split('/')[0];
  return general.test((headings[chapter] ?? '').replace(/\s+/g, ''));
}

/** The unit test of the rule over a corpus's documents: `doc(d)` gives a document's title, level and headings, `genre` a
 *  lower unit's genre. The parts are read once per document pair. */
export function titledPartAllows(
  rule: TitledPartRule,
  doc: (d: number) => { title?: string; level?: string; headings?: Record<string, string> },
  /** A higher document's articles (options.titledPart.holders). */
  articles?: (d: number) => { id: string; text: string }[],
): (lowerDoc: number, lowerGenre: string | undefined, higherDoc: number, higherId: string) => boolean {
  const general = new RegExp(rule.general);
  const genres = new Set(rule.genres);
  const cache = new Map<string, string[] | null>();
  return (l, genre, h, higherId) => {
    if (!genres.has(genre ?? '')) return true;
    const key = `${l}>${h}`;
    let parts = cache.get(key);
    if (parts === undefined) {
      const [L, H] = [doc(l), doc(h)];
      const applies = rule.levels.some(([a, b]) => a === L.level && b === H.level);
      parts = (applies && titledParts(L.title ?? '', H.title ?? '', H.headings, rule, articles && (() => articles(h)))) || null;
      cache.set(key, parts);
    }
    return !parts || inTitledPart(higherId, parts, doc(h).headings!, general);
  };
}
