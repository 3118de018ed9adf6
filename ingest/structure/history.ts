// A law's or regulation's history: the adoption, approval, amendment and revision lines under its
// title (or the sentence of the announcement that promulgates it), read into dated events with
// the body that acted and the span they were read from. Rules: history-rules.ts.
import type { HistoryAction, Span } from '../../graph-schema/index.js';
import { ACTION_WORDS, BODY_END, BODY_EXPANSIONS, BODY_NOISE, STATE_PREFIX, type ClauseAction } from './history-rules.js';
import { parseDate } from './dates.js';
import { closingBracket, lineOffsets } from './title.js';

/** The places a bare 省, 市 or 县 of a history line stands for (the title's). */
export interface PlaceHint {
  province?: string;
  city?: string;
  county?: string;
}

export interface HistoryEvent {
  date: string;
  action: HistoryAction;
  by: string;
  span: Span;
}

const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日/g;
const LINE_START = new RegExp(`^[（(]?\\s*(${DATE.source.replace(/\/g$/, '')})`);
const HAS_ACTION = /(通过|批准|修正|修订|修改|公布|发布|颁布|印发|施行|令第\s*\d+\s*号\s*$)/m;

/**
 * The history lines among `lines` (the head of a document, between its title and its first
 * numbered heading): a run of lines that start with a date (optionally bracketed) or with 根据,
 * with the continuation lines of a wrapped decision title. Returns the span they cover.
 */
export function historyBlock(text: string, from: number, to: number): Span | undefined {
  const lines = lineOffsets(text, from, to).map((l) => ({ ...l, line: text.slice(l.start, l.end).trim() }));
  // Up to six short lines may stand between the title and its history: the title again, broken
  // over lines, or the part of a code (人格权编); a law database prints the body it files the text under after each copy
  // of the title (抚顺市…办法 / 辽宁省人大常委会 / 抚顺市…办法 / 辽宁省人大常委会 / （…通过 …批准）: session 33 (plans), a real
  // database page whose history was not read). They count only when a history line follows them.
  let k = 0;
  // (So may a database's fields there: 颁布日期：2001-6-3 / 颁布单位：…; session 33 (plans).)
  while (k < HEAD_LINES_BEFORE_HISTORY && k < lines.length && (isShortHeadLine(lines[k].line) || DATABASE_FIELD.test(lines[k].line)) && !isDated(lines[k].line)) k++;
  if (k > 0 && !startsHistory(lines, k)) k = 0;
  let start = -1;
  let end = -1;
  // Brackets (《〈（) left open by the lines so far: a wrapped decision title continues.
  let depth = 0;
  for (let i = k; i < lines.length; i++) {
    const { line } = lines[i];
    // A date the mirror broke before its 日 (2014年9月26\n日山东省…批准) is dated all the same.
    const dated = isDated(line) || (BROKEN_DATE.test(line) && /^日/.test(lines[i + 1]?.line ?? ''));
    // …修订发布。根据 (the mirror joins a clause to the 根据 of the next): the 。 ends a clause, not a sentence.
    const bare = line.replace(/[（(《〈<][^）)》〉>]*[）)》〉>]/g, '').replace(/。\s*根据$/, '');
    const sentence = /。(?!$)/.test(bare);
    // A body sentence that opens with 根据 (根据《刑法修正案（八）》的规定，现…：) or ends in a colon
    // is not a wrapped history line, whatever action word it holds.
    const preamble = (/^[（(]?根据/.test(line) && !BY_DECISION.test(line)) || /[:：]$/.test(line);
    const continues = start >= 0 && (depth > 0 || /^[（(]$/.test(line) || (!sentence && !preamble && HAS_ACTION.test(line) && line.length < 200));
    const opens = start < 0 && (/^[（(]$/.test(line) || (dated && !sentence && (HAS_ACTION.test(line) || HAS_ACTION.test(lines[i + 1]?.line ?? ''))) || bracketedHistory(line, sentence));
    if (opens || (dated && !sentence && start >= 0) || continues) {
      if (start < 0) start = lines[i].start;
      end = lines[i].end;
      depth = Math.max(0, depth + (line.match(/[（(《〈<]/g) ?? []).length - (line.match(/[）)》〉>]/g) ?? []).length);
      continue;
    }
    // The history sits right under the title: any other line ends it (or means there is none).
    break;
  }
  return start >= 0 ? [start, end] : undefined;
}

/** A bracketed history line whose meeting is not dated but its promulgation is (（最高人民法院审判委员会
 *  第1421次会议通过 2008年4月17日最高人民法院公告公布 自2008年4月23日起施行）, the court's own form of
 *  publication): it dates the version all the same (session 19: 3 司法解释 of the mirror had no date). */
function bracketedHistory(line: string, sentence: boolean): boolean {
  return !sentence && line.length < 300 && /^[（(][^（(）)]*[）)]$/.test(line) && DATE_IN.test(line) && /(公布|发布)/.test(line);
}
const ACTION_BEFORE = /(通过|批准|修正|修订)\s*$/;
/** A database's field on its line: a short label, a colon, a short value (颁布日期：2001-6-3, 颁布单位：某市人大常委会). */
const DATABASE_FIELD = /^[\u4e00-\u9fff]{2,6}[：:][^。；，]{1,30}$/;
/** Short lines read past between a title and its history, at most (two before session 33 (plans); six: a law database's
 *  page prints title, body, title, body and a field or two there). */
const HEAD_LINES_BEFORE_HISTORY = 6;
const DATE_IN = new RegExp(DATE.source.replace(/\/g$/, ''));

/** 根据 starts a history line only before a date or an amending decision's title (根据2010年…修正,
 *  根据《…关于修改…的决定》修正); 根据《刑法修正案（八）》的规定，现… is the body's first sentence. */
const BY_DECISION = new RegExp(`^[（(]?根据\\s*(${DATE.source}|《[^》]*决定》)`);

const BROKEN_DATE = /^[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}$/;

function isDated(line: string): boolean {
  return LINE_START.test(line) || BY_DECISION.test(line);
}

/** A line of a title's length with no punctuation (a title again, a body's name, a code's part); 40 characters since session
 *  33 (plans): a database's copy of a 25-character title stood there (20 before). */
function isShortHeadLine(line: string): boolean {
  return line.length > 0 && line.length <= 40 && !/[，。；：、]/.test(line);
}

function startsHistory(lines: { line: string }[], i: number): boolean {
  const l = lines[i]?.line ?? '';
  return (isDated(l) && HAS_ACTION.test(l + (lines[i + 1]?.line ?? ''))) || (/^[（(]$/.test(l) && isDated(lines[i + 1]?.line ?? ''));
}

interface Clause {
  date: string;
  start: number;
  end: number;
  /** The clause's text after its date, decision titles (《…》) blanked out. */
  plain: string;
  /** The decision titles of the clause: 《国务院关于修改部分行政法规的决定》 → 国务院关于…. */
  titles: string[];
  /** A line that names an event without its date (a mirror dropped it): kept apart, not read. */
  undated?: boolean;
  /** Set while reading: this clause adopted the amending decision the next clause approves. */
  adoptsNext?: boolean;
  /** The clause ends in 、/和 or in a meeting's name before the next date: it shares the next
   *  clause's verb (最高人民法院审判委员会第1747次会议、2018年12月12日最高人民检察院…会议通过). */
  sharesVerb?: boolean;
}

/** Events of the history block [from, to) of `text`; `region` resolves a bare 省/市 (省人大常委会). */
export function readHistory(text: string, from: number, to: number, region?: PlaceHint): { events: HistoryEvent[]; promulgated?: string; jointAdopters?: string } {
  const clauses = splitClauses(text, from, to);
  const events: ReadEvent[] = [];
  // …批准的《…决定》修正: the clause approves a decision that amends (or revises) the text.
  const decision = clauses.map((c) => actionOf(c.plain.match(/批准的?(.*)$/)?.[1] ?? ''));
  const amendsBy = (i: number) => decision[i] === 'amended' || decision[i] === 'revised';
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i];
    if (c.undated) continue;
    const next = clauses[i + 1];
    const span: Span = [c.start, c.end];
    // …通过并经 <date> …批准的《…决定》修正, or a line …通过 followed by that approval: this
    // clause adopted the decision that amends the text; the next one only approves it.
    const adoptsDecision = next && amendsBy(i + 1) && (/通过[，,]?并经$/.test(c.plain) || (c.titles.length === 0 && actionOf(c.plain) === 'adopted'));
    if (adoptsDecision || (/通过[，,]?并经$/.test(c.plain) && next)) {
      const action: ClauseAction = adoptsDecision ? decision[i + 1]! : 'adopted';
      events.push({ date: c.date, action, by: body(c.plain.replace(/(审议)?通过([，,]?并经)?$/, ''), c.titles, region), span });
      c.adoptsNext = adoptsDecision;
      continue;
    }
    // …批准的《X关于修改…的决定》修正 / …批准的 <date> X…《…》修正: an approval of an amending decision.
    const approvedDecision = c.plain.match(/^(.*?)批准的?(.*)$/);
    if (approvedDecision) {
      const [, before, after] = approvedDecision;
      const rest = actionOf(after);
      if ((rest === 'amended' || rest === 'revised') && !clauses[i - 1]?.adoptsNext) {
        // The decision's own date is not given: it is dated by its approval.
        const by = titleBody(c.titles) ?? events.find((e) => e.action === 'adopted')?.by;
        if (by) events.push({ date: c.date, action: rest, by: canonicalBody(by, region), span });
      }
      events.push({ date: c.date, action: 'approved', by: body(before, [], region), span });
      // …批准 <date> 某市人民代表大会常务委员会公告公布: the next clause stands on its own.
      continue;
    }
    // A meeting joined by 、 to the next clause acted as that clause says (two bodies adopting one
    // joint text); the verb is the next clause's.
    const action = actionOf(c.plain) ?? (c.sharesVerb && next && !next.undated ? actionOf(next.plain) : undefined);
    if (!action || action === 'effective') continue;
    const cut = c.plain.search(/(审议)?(修订通过|通过修订|修订|修正|修改|批准|通过|公布|发布|颁布|印发)/);
    const by = body(cut >= 0 ? c.plain.slice(0, cut) : c.plain, c.titles, region);
    if (by) events.push({ date: c.date, action, by, span, ...(c.sharesVerb && !actionOf(c.plain) ? { jointWithNext: true } : {}) });
    // A bare promulgation (2012年12月12日 公布) names no body but still dates the version.
    else if (action === 'promulgated') events.push({ date: c.date, action, by: '', span });
  }
  // The text was adopted at a meeting whose date is not given: its promulgation dates the version but
  // is not the adoption (whose adopters the title names).
  const undatedAdoption = clauses[0]?.undated === true && actionOf(clauses[0].plain) === 'adopted';
  return { events: settle(events, undatedAdoption), promulgated: promulgation(events), jointAdopters: jointAdopters(events) };
}

type ReadEvent = Omit<HistoryEvent, 'action'> & { action: ClauseAction; jointWithNext?: boolean };

/** The bodies that adopted the latest version together (A会议、B会议通过: the two 高 of a joint
 *  judicial interpretation), joined by 、 in the text's order; undefined for one body. */
function jointAdopters(events: ReadEvent[]): string | undefined {
  const adopting = events.filter((e) => e.action === 'adopted' || e.action === 'revised');
  const latest = adopting.reduce<ReadEvent | undefined>((l, e) => (!l || e.date >= l.date ? e : l), undefined);
  if (!latest) return undefined;
  // The run of clauses joined to one verb that holds the latest adoption, whichever of its meetings
  // came last (the procuratorate's may precede the court's): A、B通过 is one run.
  let start = events.indexOf(latest);
  while (start > 0 && events[start - 1].jointWithNext && events[start - 1].action === latest.action) start--;
  let end = events.indexOf(latest);
  while (end + 1 < events.length && events[end].jointWithNext && events[end + 1].action === latest.action) end++;
  const distinct = [...new Set(events.slice(start, end + 1).map((e) => e.by))];
  return distinct.length > 1 ? distinct.join('、') : undefined;
}

/** The date the version was promulgated (国务院令第685号公布, 某市人民代表大会常务委员会公告公布),
 *  when a promulgation line follows the version's last event. */
function promulgation(events: { date: string; action: ClauseAction }[]): string | undefined {
  const kept = events.filter((e) => e.action !== 'promulgated' && e.action !== 'effective');
  const last = kept.reduce((d, e) => (e.date > d ? e.date : d), '');
  return events.filter((e) => e.action === 'promulgated' && e.date >= last).at(-1)?.date;
}

/** A promulgation is the adoption only when no adoption or revision precedes it (an order of the
 *  State Council, a ministry's order); otherwise it repeats a date of the version and is dropped.
 *  A text is adopted once: a later 通过 of it by the same body, without 修订 (a court's 审判委员会 adopting
 *  the decision that amends its interpretation, shortened by the mirror to …会议通过), amends it. */
function settle(read: ReadEvent[], undatedAdoption = false): HistoryEvent[] {
  const out: HistoryEvent[] = [];
  for (const { jointWithNext: _joint, ...e } of read) {
    if (e.action === 'effective') continue;
    if (e.action === 'promulgated') {
      if (!e.by || undatedAdoption || out.some((o) => o.action === 'adopted' || o.action === 'revised')) continue;
      out.push({ ...e, action: 'adopted' });
      continue;
    }
    out.push({ ...e, action: e.action });
  }
  const sorted = out.map((e, i) => ({ e, i })).sort((a, b) => a.e.date.localeCompare(b.e.date) || a.i - b.i).map(({ e }) => e);
  const adoptedBy = new Map<string, string>();
  return sorted.map((e) => {
    if (e.action !== 'adopted') return e;
    const first = adoptedBy.get(e.by);
    if (first !== undefined && first < e.date) return { ...e, action: 'amended' as const };
    if (first === undefined) adoptedBy.set(e.by, e.date);
    return e;
  });
}

function actionOf(plain: string): ClauseAction | undefined {
  return ACTION_WORDS.find((w) => w.re.test(plain))?.action;
}

function splitClauses(text: string, from: number, to: number): Clause[] {
  const block = text.slice(from, to);
  // A date inside a decision's title (《…2019年…》) does not start a clause.
  const inTitle = titleRanges(block);
  const outside = (i: number) => !inTitle.some(([a, b]) => i > a && i < b);
  const starts: { index: number; date?: string; length: number }[] = [...block.matchAll(DATE)]
    .filter((m) => parseDate(m[0]) !== undefined && outside(m.index!))
    .map((m) => ({ index: m.index!, date: parseDate(m[0].replace(/\s+/g, '')), length: m[0].length }));
  // A line of its own that names an event without a date (浙江省…会议批准, a mirror's gap) ends
  // the clause before it; a line that only continues a wrapped meeting name does not.
  for (const l of lineOffsets(block, 0, block.length)) {
    const line = block.slice(l.start, l.end);
    if (l.start === 0 || !outside(l.start) || starts.some((s) => s.index >= l.start && s.index <= l.start + 2)) continue;
    const prev = starts.filter((s) => s.index < l.start).at(-1);
    if (prev && HAS_ACTION.test(block.slice(prev.index, l.start).replace(/《[^》]*》/g, '')) && HAS_ACTION.test(line) && !/^(第|根据)/.test(line)) {
      starts.push({ index: l.start, length: 0 });
    }
  }
  starts.sort((a, b) => a.index - b.index);
  // An undated meeting before the first date (（…第1421次会议通过 2008年4月17日…公告公布）) is a clause of
  // its own, kept apart like a line without its date.
  if (starts.length && starts[0].index > 0 && ACTION_BEFORE.test(block.slice(0, starts[0].index))) starts.unshift({ index: 0, length: 0 });
  const out: Clause[] = [];
  starts.forEach((m, k) => {
    const start = m.index;
    const end = k + 1 < starts.length ? starts[k + 1].index : block.length;
    const raw = block.slice(start + m.length, end);
    const titles: string[] = [];
    let plain = '';
    for (let i = 0; i < raw.length; i++) {
      if (raw[i] === '《' || raw[i] === '〈') {
        const close = closingBracket(raw, i);
        if (close > i) {
          // A verb printed inside the decision's closing bracket (《关于修改<…>等二十五件地方性法规的决定修正》, a typesetting
          // slip of the mirror's 山东 texts) is the clause's verb, not part of the title (session 37 (plans), the metadata scan).
          const title = raw.slice(i + 1, close);
          const verb = raw[i] === '《' ? title.match(/的决定(修正|修订)$/)?.[1] : undefined;
          titles.push(verb ? title.slice(0, -2) : title);
          plain += verb ? `《》${verb}` : '《》';
          i = close;
          continue;
        }
      }
      plain += raw[i];
    }
    plain = plain.replace(/\s+/g, '').replace(/^[）)，,、]+/, '');
    // …会议、 or a meeting alone on its line (…第1732次会议 / next line …会议通过): the next clause's verb.
    const sharesVerb = /(、|和|及|会议)$/.test(plain);
    plain = plain.replace(/(根据|[（(，,。；、）)])+$/, '');
    // Trailing spaces, brackets and connectors stay outside the span.
    let e = end;
    while (e > start && /[\s（()）,，。；、根据]/.test(block[e - 1])) e--;
    out.push({ date: m.date ?? '', undated: !m.date, start: from + start, end: from + e, plain, titles, sharesVerb: sharesVerb || undefined });
  });
  return out;
}

function titleRanges(block: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < block.length; i++) {
    if (block[i] !== '《') continue;
    const close = closingBracket(block, i);
    if (close > i) {
      out.push([i, close]);
      i = close;
    }
  }
  return out;
}

/** The body that acted: named before the verb, else the issuer of the decision it acted by. */
function body(before: string, titles: string[], region?: PlaceHint): string {
  const named = canonicalBody(before.replace(/《》/g, ''), region);
  if (named && BODY_END.test(named)) return named;
  const fromTitle = titleBody(titles);
  if (fromTitle) return canonicalBody(fromTitle, region);
  return named;
}

/** 国务院关于修改部分行政法规的决定 → 国务院; 郑州市人民代表大会常务委员会关于… → that committee. */
function titleBody(titles: string[]): string | undefined {
  for (const t of titles) {
    const head = t.split('关于')[0];
    // Joint bodies (《国务院、中央军委关于修改…的决定》): each, written out, ends as a body's name does.
    if (head && head !== t && head.split('、').every((b) => BODY_END.test(canonicalBody(b)))) return head;
  }
  return undefined;
}

/**
 * Canonical full name of the body in a meeting or an order: 广东省第十三届人民代表大会常务委员会
 * 第三十二次会议 → 广东省人民代表大会常务委员会; 中华人民共和国国务院令第596号 → 国务院;
 * 省十二届人大常委会 → <province>人民代表大会常务委员会.
 */
export function canonicalBody(raw: string, region?: PlaceHint): string {
  // Joint orders (国家教育委员会令第8号、卫生部令第1号): each body on its own.
  const parts = raw.replace(/\s+/g, '').split('、');
  if (parts.length > 1) return parts.map((p) => canonicalBody(p, region)).filter(Boolean).join('、');
  let s = raw;
  for (let pass = 0; pass < 2; pass++) for (const re of BODY_NOISE) s = s.replace(re, '');
  for (const [re, to] of BODY_EXPANSIONS) s = s.replace(re, to);
  s = s.replace(STATE_PREFIX, '$1');
  if (/^省(?!级)/.test(s) && region?.province) s = region.province + s.slice(1);
  else if (/^市(?!级)/.test(s) && region?.city) s = region.city + s.slice(1);
  else if (/^县(?!级)/.test(s) && region?.county) s = region.county + s.slice(1);
  // A bare 市 in a municipality's text (重庆's 市第三届人民代表大会常务委员会) is the municipality (session 37 (plans), the
  // metadata scan of the mirror).
  else if (/^市(?!级)/.test(s) && !region?.city && region?.province?.endsWith('市')) s = region.province + s.slice(1);
  return s;
}

/** The version date of a text with this history: the date it was promulgated when the text
 *  says so, else its latest event (an approval of a city's regulation by the province is the
 *  last step of that version). */
export function versionDate(history: HistoryEvent[], promulgated?: string): string | undefined {
  const latest = history.reduce<string | undefined>((d, e) => (!d || e.date > d ? e.date : d), undefined);
  return promulgated && (!latest || promulgated >= latest) ? promulgated : latest;
}

/** The body that adopted the version the text is: the latest adoption or revision (an amendment
 *  changes articles, not who made the law), else the latest amendment, else the approver. */
export function adoptingEvent(history: HistoryEvent[]): HistoryEvent | undefined {
  for (const actions of [['adopted', 'revised'], ['amended'], ['approved']]) {
    const e = history.filter((h) => actions.includes(h.action)).at(-1);
    if (e) return e;
  }
  return undefined;
}

/** 《X》已由 <body> 第N次会议于 <date> 通过[，<body> 于 <date> 批准]: an announcement's sentence. */
export function readAnnouncement(sentence: string, offset: number, region?: PlaceHint): HistoryEvent[] {
  const out: HistoryEvent[] = [];
  const re = /(?:已由|业经|由|，|、)?([^，。、\n]{4,60}?)于\s*(\d{4}年\d{1,2}月\d{1,2}日)(?:审议)?(通过|批准|修订|修正)/g;
  for (const m of sentence.matchAll(re)) {
    const action = actionOf(m[3]);
    const date = parseDate(m[2]);
    if (!date || !action || action === 'promulgated' || action === 'effective') continue;
    const by = canonicalBody(m[1].replace(/^.*》(已由|业经|已经)?/, '').replace(/^(已由|业经|已经|经|由)/, ''), region);
    if (!BODY_END.test(by)) continue;
    out.push({ date, action, by, span: [offset + m.index!, offset + m.index! + m[0].length] });
  }
  // The date before the body (《X条例》已于2021年11月19日经某省…会议通过): the same event written the other way round
  // (session 37 (plans), announcements of provinces outside the mirror, a text of my own).
  const dateFirst = /已?于\s*(\d{4}年\d{1,2}月\d{1,2}日)\s*(?:经|由)([^，。、\n]{4,60}?)(?:审议)?(通过|批准|修订|修正)/g;
  for (const m of sentence.matchAll(dateFirst)) {
    const action = actionOf(m[3]);
    const date = parseDate(m[1]);
    if (!date || !action || action === 'promulgated' || action === 'effective' || out.some((e) => e.date === date && e.action === action)) continue;
    const by = canonicalBody(m[2], region);
    if (!BODY_END.test(by)) continue;
    out.push({ date, action, by, span: [offset + m.index!, offset + m.index! + m[0].length] });
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}
