// Session 60 (helper ministry2, issue 13): the title term of a department's rule (options.titleTerm). A ministry's rule
// often sets out, in many articles, what one article of the law or 条例 above it says in a line and leaves to the
// department (价格法 第十三条 …应当按照政府价格主管部门的规定明码标价 → 明码标价和禁止价格欺诈规定's marking articles, each a
// case or a form of marking). Each such article shares few words with that one line (0.02–0.12, below the weak
// threshold); what names the line is the rule's title: its subject term (明码标价), a run of the title the higher title
// lacks, is held by that one article of the higher text outside its sanctions. So, for a pair of documents of the levels
// named (a department's rule under a law or a 条例: national → central) the link stage already links, the lower citing the
// higher by its title (`named`): when the runs of the lower title (its genre words and cited titles left out, none in the
// higher title) are held by exactly one article of the higher document that states no sanction, every article of the lower document linking nothing in the higher one (its
// sanctions and framing articles aside) links weak to it. Session 61 (helper ministry3, `heading`): when no single article
// holds the title term, an article in a chapter whose heading term one higher article holds as the act of a clause links
// weak to that article (食品生产经营监督检查管理办法's chapters 监督检查要点 / 监督检查程序 → 食品安全法 第一百一十条 …进行监督检查：).
// Pure: no Node builtins (coverage's replay imports it).

import { parentPath } from './titled-part.js';

/** The rule's setting (LinkOptions.titleTerm). */
export interface TitleTermRule {
  /** The length of a title run (4: 明码标价). */
  run: number;
  /** The title's genre words, cut before the runs are taken (a regex source). */
  genreWords: string;
  /** [lower level, higher level] pairs the rule reads (the documents' `level`). */
  levels: [string, string][];
  /** The lower document's genres. */
  genres: string[];
  /** A sanction (a regex source, the penalty articles' sanction form): an article that matches is neither a holder nor a
   *  lower article the rule links. */
  sanction: string;
  /** A framing article of the lower document (purpose, scope, effective date; a regex source over its text without
   *  whitespace, its article label left on): never linked by the rule. */
  framing: string;
  /** Only when the lower document cites the higher one by its title (《…价格法》 in its basis clause, 根据《中华人民共和国价格法》…
   *  制定本规定): the department's rule names the text it sets out, so a pair linked across subjects is never read. */
  named: boolean;
  /** Session 61 (helper ministry3): the heading term. A lower article the title term leaves unlinked, in a chapter (or
   *  section) whose heading's runs (genre words cut, none in the higher title) are held by exactly one non-sanction article
   *  of the higher document as the act of a clause — the run followed by one of `act` (…对生产经营者遵守本法的情况进行
   *  监督检查：, not 日常监督检查结果) — links weak to that article. null or absent: off. */
  heading?: {
    act: string;
    /** Session 62 (helper ministry4): the chapter already carries the holder — some article of the same chapter (or
     *  section) links it by the scoring before this pass (食品生产经营监督检查管理办法 第二十五条, the inspection powers, →
     *  食品安全法 第一百一十条, strong, in 监督检查程序). A chapter that states who does the act (监督检查事权: the levels' remit)
     *  sets out none of it and carries no article linking the holder. Absent or false: any chapter with one act holder. */
    anchored?: boolean;
    /** Session 62 (helper ministry4): a heading that names who does the act, not the act's content or steps — its remit
     *  (a regex source over the heading: 事权, 职责, 分工, 管辖, 体制; 监督检查事权 is each level's share of the inspection,
     *  the levels' hierarchy, not the inspection). A chapter so headed is not read. Absent: every heading. */
    remit?: string;
  } | null;
  /** Session 62 (helper ministry4): the chapter carrier. A chapter (or section) of the lower document that sets out one
   *  article of the higher — at least `min` of its articles already link that article and they are at least `share` of
   *  the chapter's articles linking into the higher document at all (化妆品生产经营监督管理办法 第二章 生产许可: 9 of 13 →
   *  化妆品监督管理条例 第二十七条, the one-article licence procedure: 申请, 审核, 现场核查, 作出决定, 许可证, 有效期) —
   *  links its articles linking nothing in the higher document (sanction and framing articles aside) weak to it, a step of
   *  that procedure each. null or absent: off. */
  chapter?: {
    min: number;
    share: number;
    /** Session 62 (helper ministry4): an article of a carrier chapter that links the higher document only in part and never
     *  the carried article (化妆品…办法 第十五条 → 条例 第三十六条 (p), a licence's items against the label's items) is a
     *  step of the chapter's procedure too: its partial links into the higher document are dropped and it links weak to
     *  the carried article. Absent or false: only the unlinked articles. */
    swap?: boolean;
  } | null;
  /** Session 62 (helper police2): the holder's act. A regex source of the words that open an article's operative clause
   *  (its modal: 应当, 必须, 可以, 不得 …): the one article holding the title term is taken only when it holds a run between
   *  such a word and the clause's end (价格法 第十三条 …应当按照…的规定明码标价，), not when the run sits only in its framing
   *  clause (道路交通安全法 第八十三条 交通警察调查处理道路交通安全违法行为和交通事故，有下列情形之一的，应当回避： — the act is
   *  回避; the subject clause names the whole field the rule's articles share). null or absent: off. */
  act?: string | null;
}

/** Whether `text` (whitespace dropped) holds one of `runs` inside an operative clause: from a word of `act` to the clause's
 *  end (，。；：). */
export function holdsAsAct(text: string, runs: string[], act: string): boolean {
  const re = new RegExp(`(?:${act})[^，,。；;：:]*`, 'g');
  for (const m of text.matchAll(re)) if (runs.some((r) => m[0].includes(r))) return true;
  return false;
}

/** The runs of `title` (cited titles and genre words cut) that `other` does not hold. */
export function titleRuns(title: string, other: string, rule: Pick<TitleTermRule, 'run' | 'genreWords'>): string[] {
  const core = title.replace(/《[^《》]*》/g, '|').replace(/\s+/g, '').replace(new RegExp(rule.genreWords, 'g'), '|');
  const out = new Set<string>();
  for (let i = 0; i + rule.run <= core.length; i++) {
    const g = core.slice(i, i + rule.run);
    if (!g.includes('|') && !other.includes(g)) out.add(g);
  }
  return [...out];
}


export interface TitleTermDoc {
  title: string;
  level?: string;
  genre?: string;
  /** Its articles in order: measure id and text. */
  articles: { id: string; text: string }[];
  /** The headings of its chapters and sections by unit path (第三章 → 监督检查要点), for `heading`. */
  headings?: Record<string, string>;
}

/** The heading of the chapter or section an article (a measure id …#第三章/第十三条) sits in. */
export function headingOf(id: string, headings: Record<string, string> | undefined): string | undefined {
  const parent = parentPath(id);
  return parent ? headings?.[parent] : undefined;
}

/** The weak links the rule adds: [lower article, higher article] pairs, none already in `links`. `links` are every link
 *  made so far; `docOf` gives a measure's document key, `docs` a document by key. */
export function titleTermLinks<D>(
  links: readonly { lower: string; higher: string; verdict?: string }[],
  docOf: (m: string) => D | undefined,
  docs: (d: D) => TitleTermDoc | undefined,
  rule: TitleTermRule,
): [string, string][] {
  return titleTermPass(links, docOf, docs, rule).adds;
}

/** The rule's pass: the weak links it adds and the links it drops (`lower>higher` keys: options.titleTerm.chapter.swap). */
export function titleTermPass<D>(
  links: readonly { lower: string; higher: string; verdict?: string }[],
  docOf: (m: string) => D | undefined,
  docs: (d: D) => TitleTermDoc | undefined,
  rule: TitleTermRule,
): { adds: [string, string][]; drops: Set<string> } {
  const drops = new Set<string>();
  const sanction = new RegExp(rule.sanction);
  const framing = new RegExp(rule.framing);
  const flat = (t: string) => t.replace(/\s+/g, '');
  // The document pairs linked, and the lower articles linking into each higher document.
  const pairs = new Map<D, Set<D>>();
  const into = new Map<D, Set<string>>();
  for (const l of links) {
    const [lo, hi] = [docOf(l.lower), docOf(l.higher)];
    if (lo === undefined || hi === undefined) continue;
    (pairs.get(lo) ?? pairs.set(lo, new Set()).get(lo)!).add(hi);
    (into.get(hi) ?? into.set(hi, new Set()).get(hi)!).add(l.lower);
  }
  const out: [string, string][] = [];
  for (const [lo, his] of pairs) {
    const L = docs(lo);
    if (!L || !rule.genres.includes(L.genre ?? '')) continue;
    for (const hi of his) {
      const H = docs(hi);
      if (!H || !rule.levels.some(([a, b]) => a === L.level && b === H.level)) continue;
      const cited = `${H.title.replace(/^中华人民共和国/, '')}》`;
      if (rule.named && !L.articles.some((x) => x.text.includes(cited))) continue;
      const runs = titleRuns(L.title, H.title, rule);
      const free = H.articles.filter((x) => !sanction.test(flat(x.text)));
      const holders = runs.length ? free.filter((x) => runs.some((r) => x.text.includes(r))) : [];
      const linked = into.get(hi)!;
      const open = L.articles.filter((x) => {
        const t = flat(x.text);
        return !linked.has(x.id) && !sanction.test(t) && !framing.test(t);
      });
      if (holders.length === 1 && (!rule.act || holdsAsAct(flat(holders[0].text), runs, rule.act))) {
        for (const x of open) out.push([x.id, holders[0].id]);
        continue;
      }
      // options.titleTerm.chapter: a chapter most of whose linking articles link one higher article.
      const taken = new Set<string>();
      if (rule.chapter) {
        const byChapter = new Map<string, Map<string, Set<string>>>();
        for (const l of links) {
          if (docOf(l.lower) !== lo || docOf(l.higher) !== hi) continue;
          const c = parentPath(l.lower);
          if (!c) continue;
          const m = byChapter.get(c) ?? byChapter.set(c, new Map()).get(c)!;
          (m.get(l.lower) ?? m.set(l.lower, new Set()).get(l.lower)!).add(l.higher);
        }
        for (const [c, m] of byChapter) {
          const count = new Map<string, number>();
          for (const targets of m.values()) for (const t of targets) count.set(t, (count.get(t) ?? 0) + 1);
          const best = [...count].sort((p, q) => q[1] - p[1]);
          if (!best.length || best[0][1] < rule.chapter.min || best[0][1] < rule.chapter.share * m.size) continue;
          if (best.length > 1 && best[1][1] === best[0][1]) continue;
          for (const x of open) if (parentPath(x.id) === c) { out.push([x.id, best[0][0]]); taken.add(x.id); }
          // options.titleTerm.chapter.swap: the chapter's articles linking the higher document only in part, elsewhere.
          if (!rule.chapter.swap) continue;
          for (const [lower, targets] of m) {
            if (targets.has(best[0][0])) continue;
            const own = links.filter((l) => l.lower === lower && docOf(l.higher) === hi);
            if (!own.every((l) => l.verdict === 'partial')) continue;
            const t = flat(L.articles.find((x) => x.id === lower)?.text ?? '');
            if (sanction.test(t) || framing.test(t)) continue;
            for (const l of own) drops.add(`${l.lower}>${l.higher}`);
            out.push([lower, best[0][0]]);
          }
        }
      }
      // options.titleTerm.heading: the one article holding the lower article's heading term as a clause's act.
      if (!rule.heading) continue;
      const act = rule.heading.act;
      const byHeading = new Map<string, string | undefined>();
      // options.titleTerm.heading.anchored: the higher articles each chapter (by its path) already links.
      const carried = new Set<string>();
      if (rule.heading.anchored) for (const l of links) if (docOf(l.lower) === lo && docOf(l.higher) === hi) carried.add(`${parentPath(l.lower)}|${l.higher}`);
      for (const x of open) {
        if (taken.has(x.id)) continue;
        const heading = headingOf(x.id, L.headings);
        if (!heading) continue;
        const key = `${parentPath(x.id)}|${heading}`;
        if (rule.heading.remit && new RegExp(rule.heading.remit).test(heading)) continue;
        if (!byHeading.has(key)) {
          const hr = titleRuns(heading, H.title, rule).map((r) => new RegExp(`${r}(?=${act})`));
          const acts = hr.length ? free.filter((y) => hr.some((r) => r.test(flat(y.text)))) : [];
          const one = acts.length === 1 ? acts[0].id : undefined;
          byHeading.set(key, one && (!rule.heading.anchored || carried.has(`${parentPath(x.id)}|${one}`)) ? one : undefined);
        }
        const target = byHeading.get(key);
        if (target) out.push([x.id, target]);
      }
    }
  }
  return { adds: out, drops };
}
