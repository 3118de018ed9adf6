// Numeric targets: a number (with 万/亿, a range 1-2, a percentage) followed by a unit of
// units.txt, with comparator cues around it (不少于30场 → >= 30 场; 1万场次以上 → >= 10000 场次).
// Laws write numbers in Chinese (不少于三十六个学时, 不得低于…的百分之八十, 二至三周): those are read by
// numerals.ts and taken only with a comparator cue (一次, 三年 are words more often than targets).
// Not targets: dates, ordinals (第35届), document numbers, frequencies (FM91.6), past counts,
// conditions (连续三个月以上的, 累计满…的) and sanctions (…以下的罚款).
import type { Lexicon, TargetCues } from '../lexicon/load.js';
import type { ExtractedTarget } from './types.js';
import { findChineseNumerals, parseChineseNumeral } from './numerals.js';
import { segmenter } from './segment.js';
import { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from './options.js';
import { indicatorTables } from './indicator-table.js';
import { lineEnd } from '../structure/title.js';

const CLAUSE_BREAK = /[，。；：！？、\n]/;
/** Between the two bounds of a range that each carry the unit (1000元至1万元; session 23). */
const RANGE_SEPARATOR = /^\s*[至到—-]\s*/;
/** After a window (…个月内), a count of events or a finding: the window describes a case (session 23). */
const COUNTED_IN_WINDOW = /^(发现有|发现|有|累计)?(\d+|[一二三四五六七八九十两]+)(次|处|起|件|人次|个)(?!性)/;
/** A failure in a window (…内…没有/未…): a case, not a duty (session 23). */
const FAILURE = /没有|(?<!尚)未(?!成年|满|经)/;
/** A clause ending in a window (…个月内, …日内发现有): the count after it is counted in that window (session 23). */
const COUNT_WINDOW = /(\d+|[一二三四五六七八九十两]+)个?(日|天|周|月|年|小时|工作日)(内|以内)(发现有|发现|有|累计)?$/;
/** 作为一项, 视为一项, 成为一个: an indefinite article (session 23). */
const ARTICLE_ONE = /(作为|视为|成为|列为|定为|是)$/;
// A tab ends a table's cell: the number is never read with the next cell's 万 or unit (session 29).
const NUMBER = /(\d+(?:\.\d+)?)(?:[^\S\t]*[-—~～至到][^\S\t]*(\d+(?:\.\d+)?))?[^\S\t]*(万|亿|千)?/g;
const MULT: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3 };

interface NumberAt {
  /** Offset of the number in the unit's body, and of what follows it (its multiplier included). */
  at: number;
  end: number;
  value: number;
  valueMax?: number;
  chinese: boolean;
  /** 百分之N: the unit is % and there is none after the number. */
  percent: boolean;
  /** 五分之四, 1/4: a fraction, read as a percentage (session 21). */
  fraction?: boolean;
}

/** 五分之四, 三分之一, 1/4: a share of a whole, as a percentage (session 21). */
// (千分之七: a share per thousand, 0.7 %; session 37 (plans), randomi's 物业管理用房 of the floor area.)
const FRACTION = /([一二三四五六七八九十]+|(?<![一二三四五六七八九十百])千)分之([一二三四五六七八九十]+)|(?<![\d.])(\d{1,2})\/(\d{1,2})(?![\d/])/g;

function fractionsIn(body: string): NumberAt[] {
  const out: NumberAt[] = [];
  for (const m of body.matchAll(FRACTION)) {
    const den = m[1] !== undefined ? parseChineseNumeral(m[1]) : Number(m[3] === undefined ? NaN : m[4]);
    const num = m[2] !== undefined ? parseChineseNumeral(m[2]) : Number(m[3]);
    if (!den || !num || num >= den) continue;
    out.push({ at: m.index!, end: m.index! + m[0].length, value: (num / den) * 100, chinese: m[1] !== undefined, percent: true, fraction: true });
  }
  return out;
}

function numbersIn(body: string): NumberAt[] {
  const out: NumberAt[] = [];
  for (const m of body.matchAll(NUMBER)) {
    const mult = m[3];
    const factor = mult ? MULT[mult] : 1;
    out.push({
      at: m.index!,
      end: m.index! + m[0].length,
      value: Number(m[1]) * factor,
      valueMax: m[2] !== undefined ? Number(m[2]) * factor : undefined,
      chinese: false,
      percent: false,
    });
  }
  for (const n of findChineseNumerals(body)) {
    out.push({ at: n.index, end: n.index + n.length, value: n.value, valueMax: n.valueMax, chinese: true, percent: n.percent });
  }
  // A fraction's own numerals (五, 四 of 五分之四; 1 and 4 of 1/4) are no numbers of their own.
  const fractions = fractionsIn(body);
  const inside = (n: NumberAt) => fractions.some((f) => n.at >= f.at && n.at < f.end);
  return [...out.filter((n) => !inside(n)), ...fractions].sort((a, b) => a.at - b.at);
}

/** The units, longest first, sorted once per array (it was once per unit of text: issue 11). */
const sortedUnits = new WeakMap<string[], { size: number; sorted: string[] }>();
function unitsLongestFirst(units: string[]): string[] {
  const hit = sortedUnits.get(units);
  if (hit && hit.size === units.length) return hit.sorted;
  const sorted = [...units].sort((a, b) => b.length - a.length);
  sortedUnits.set(units, { size: units.length, sorted });
  return sorted;
}

/** A heading's line: a section number of one or two digits (1, 2.1), then a short title without punctuation, a
 *  table's tab or a number of its own. */
const HEADING_LINE = /^\d{1,2}(?:\.\d{1,2})*[^\d\s，。；：:、%．.（(]{2,20}$/;

/** Whether `at` lies inside a “…” quote that closes before the clause ends. */
function insideQuote(body: string, at: number): boolean {
  const open = body.lastIndexOf('“', at);
  if (open < 0 || body.lastIndexOf('”', at) > open || at - open > 20) return false;
  const close = body.indexOf('”', at);
  return close > at && close - open <= 24 && !/[，。；\n]/.test(body.slice(open, close));
}

/** A decimal heading's label (4.2.1, three or four numbers) and a few words right before a number: a heading of an emergency
 *  plan whose lines a page ran together. */
const RUN_HEADING = /(?:^|[^\d.])\d{1,2}(?:\.\d{1,2}){2,3}[\u4e00-\u9fff]{1,8}$/;
/** A verb of completion with 了 in the number's clause: a count reported, not committed to. */
const DONE = /(确定|确立|完成|实现|建成|新建|新增|累计|开展|举办|建立|创建|取得|达到|提高|下降)了/;

/** A paragraph that opens on a period gone by reports what was done in it (“十三五”期间，…全市6567名…实现脱贫，新增1288名
 *  残疾人就业: a plan's review of the last plan's years), not what is to be done: 近年来, 五年来, 过去五年, or a five-year
 *  period (十X五) when the document names the next one. A sentence that sets a deadline or an aim (到2025年, 力争, 确保)
 *  is the plan's own. Session 30, real plan pages. */
/** A work summary's title among the text's first lines (五角场街道2015年工作总结和2016年工作安排, 某某局2023年上半年工作总结). */
const SUMMARY_TITLE = /((?:19|20)\d{2})年(?:上半年|度)?工作总结/;
/** Whether `at` lies in the part of a work summary that reports its year: before the first line naming the next year's
 *  plan (2016年工作安排, 2016年工作思路 …), or anywhere when there is none (session 32 (plans), a real street office's summary:
 *  its 12 figures of the past year were read as targets). */
function summarised(text: string, at: number): boolean {
  const firstLines = text.slice(0, 400).split('\n').slice(0, 5);
  const title = firstLines.find((l) => SUMMARY_TITLE.test(l));
  if (!title) return false;
  const next = Number(SUMMARY_TITLE.exec(title)![1]) + 1;
  const titleEnd = text.indexOf(title) + title.length;
  const plan = new RegExp(`(?:^|\\n)[^\\n]{0,12}${next}年[^\\n。]{0,8}(?:工作)?(?:安排|计划|打算|思路|要点|重点|目标|任务)`).exec(text.slice(titleEnd));
  return plan === null || at < titleEnd + plan.index;
}

/** The heading of a section describing the present state: 基本情况, 基本概况, 县情概况, 现状, 发展现状, 自然地理情况. */
const PRESENT_STATE = /^(?:[\u4e00-\u9fff]{0,4}(?:基本情况|基本概况|概况)|(?:发展)?现状(?:分析)?|自然地理(?:情况|概况)?)$/;

/** The heading of a section reporting results: …取得的巨大成就, 取得显著成效, 发展成就, 工作回顾. */
const PAST_RESULTS = /(?:取得|实现)[^。，；]{0,8}(?:成就|成效|成绩)$|(?:发展|工作)(?:成就|成效|回顾)$/;

/** A clause counting from a past year: 2000年以来, 自2016年以来. */
const SINCE_PAST = /(?:19|20)\d{2}\s*年[^，。；]{0,4}以来/;
/** A count in brackets that closes its line (…目录（28件）, …清单（共15项）), from the number on: the size of the list the line
 *  heads. */
const LIST_SIZE = /^\d+\s*[件项个条份]?[）)]\s*$/;

/** Whether the sentence up to a number has a clause opening on 在 (at its start or after a comma) that is not a deadline
 *  (在2025年前), the number compared right before it. */
function scoped(sentence: string): boolean {
  const k = sentence.startsWith('在') ? 0 : sentence.lastIndexOf('，在') + 1;
  // (The figure is compared there, 比例达到30%的单位: 在50%的社区推行… names a share to reach, a target.)
  return k >= 0 && (k > 0 || sentence.startsWith('在')) && /(?:达到|超过|不足|低于|高于|不低于|不少于|大于|小于)$/.test(sentence) && !/^在\s*(?:(?:19|20)\d{2}|[一二三四五六七八九十\d]+年|今年|明年|年底|年内)/.test(sentence.slice(k));
}
/** The units a scope picks out, right after its 的 (…的单位, …的企业, …的行政村). */
const SCOPE_NOUN = /^[\u4e00-\u9fff]{0,4}?(?:单位|企业|地区|地方|村|社区|学校|乡镇|部门|机构|行业|领域|家庭|园区)/;

/** A sentence that confers a title on those it names (授予…称号, 授予…9人“…”) or pays a prize (颁发奖金). */
const CONFERRED = /授予[^。；]*?(?:称号|\d+\s*(?:人|名|个)\s*[“"「])|颁发奖金/;
// (一年来 and 过去一年 as well: a government work report's review of its year, 一年来，我们…完成地区生产总值90.76亿元; session 33
// (plans), a real county's 政府工作报告.)
const REVIEW = /近年来|近几年|(?:过去|近)[三五]年|[三五]年来|一年来|过去一年|十([一二三四])五”?(?:期间|以来|时期)/;
const NEXT_PERIOD: Record<string, string> = { 一: '二', 二: '三', 三: '四', 四: '五' };
const AIMED = /到(?:19|20)\d{2}年|力争|确保|争取|目标/;
function reviewed(body: string, at: number, text: string): boolean {
  const paragraph = body.slice(body.lastIndexOf('\n', at - 1) + 1, at);
  const m = REVIEW.exec(paragraph);
  if (!m) return false;
  if (m[1] !== undefined && !text.includes(`十${NEXT_PERIOD[m[1]]}五`)) return false;
  return !AIMED.test(body.slice(Math.max(body.lastIndexOf('。', at - 1), body.lastIndexOf('\n', at - 1)) + 1, at));
}

export function findTargets(
  text: string,
  unit: { path: string; span: [number, number]; section?: string },
  lexicon: Lexicon,
  options: Pick<ExtractOptions, 'percentReach' | 'verbGap'> & Partial<Pick<ExtractOptions, 'periodAct' | 'dutySpan' | 'dutySpanDuration' | 'permittedBound' | 'lawTaxRates' | 'bracketBoundOut' | 'permittedShortForm' | 'termAfterBound' | 'boundWholeShare' | 'modalOnlyReferent' | 'permittedShortWindow' | 'shareDrawnBase' | 'keptDuration'>> = DEFAULT_EXTRACT_OPTIONS,
  /** The deadline of the list the unit is an item of (到2025年，主要指标如下：; leadDeadline of its parent). */
  leadYear?: number,
): ExtractedTarget[] {
  // A section that describes the place as it is (2 基本情况 / 2.1 自然地理情况: 杞县人口110.22万人) counts what there is, not
  // what is to be reached (session 32 (plans), a real county's 抗旱应急预案).
  if (unit.section !== undefined && PRESENT_STATE.test(unit.section.replace(/\s+/g, ''))) return [];
  // So does a section that reports what was achieved (1.“十三五”发展取得的巨大成就。…预计，2020年生产总值达到1200亿元左右): its
  // figures are results, not aims (session 33 (plans), a real district party committee's 建议 for its 十四五 plan).
  const heading = text.slice(unit.span[0], unit.span[1]).split('\n')[0].split(/[。；]/)[0].replace(/\s+/g, '');
  if ([heading, unit.section ?? ''].some((h) => PAST_RESULTS.test(h))) return [];
  const units = unitsLongestFirst(lexicon.units);
  const cues = lexicon.targetCues;
  const out: ExtractedTarget[] = [];
  const composedSpans = new Set<ExtractedTarget>();
  // An article's appendix (附件：…, the fee table printed after the last article) is a table of rates, not duties:
  // it is cut off for targets (session 19, tests/real/randomx).
  const whole = text.slice(unit.span[0], unit.span[1]);
  const appendix = /条$/.test(unit.path) ? whole.search(/\n\s*附(件|表)[一二三四五六七八九十\d]*[：:\s]/) : -1;
  const body = appendix > 0 ? whole.slice(0, appendix) : whole;
  // A plan's indicator table (指标 | 2020年 | 2025年 | 属性): each row's target-year value (indicator-table.ts); its cells
  // are not read as sentences.
  const tables = indicatorTables(body);
  for (const t of tables) for (const x of t.targets) out.push({ ...x, path: unit.path, span: [unit.span[0] + x.span[0], unit.span[0] + x.span[1]], ...(x.year === undefined && leadYear !== undefined ? { year: leadYear } : {}) });
  const numbers = tables.length ? numbersIn(body).filter((n) => !tables.some((t) => n.at >= t.start && n.at < t.end)) : numbersIn(body);
  const lead = listLead(body, cues);
  // The upper bound of a range whose bounds each carry the unit (1000元至1万元) is read with its lower bound.
  const upperBounds = new Set<number>();
  for (const n of numbers) {
    const { at } = n;
    if (upperBounds.has(at)) continue;
    const prevChar = body[at - 1] ?? '';
    if (/[\dA-Za-z.+〔［\[第]/.test(prevChar)) continue; // FM91.6, 第35届, 〔2024〕, 3+N
    if (n.chinese && /[之第]/.test(prevChar)) continue; // 之一, 第三十六条
    // A heading numbered in Arabic digits at its line's start (9名词术语, 3预防和预警机制: an emergency plan's chapters and
    // the table of contents above them) counts nothing (session 30, real plan pages).
    if (!n.chinese && (at === 0 || prevChar === '\n') && HEADING_LINE.test(body.slice(at, lineEnd(body, at)))) continue;
    // Nor do the headings of that scheme a page ran together on one line (4.2.1震后1小时内4.2.2震后4小时内…; session 31 (plans)).
    if (!n.chinese && RUN_HEADING.test(body.slice(Math.max(0, at - 14), at))) continue;
    // A number inside a quoted name (“重点工作5张报表”, “16819”健康行动) is the name's, not a quantity (session 30).
    if (insideQuote(body, at)) continue;
    // 每三个月, 每两年: a period a count is made in, not a quantity (session 17).
    if (prevChar === '每') continue;
    let pos = n.end;
    const approx = body[pos] === '余';
    if (approx) pos += 1;
    let unitStr: string | undefined;
    if (n.percent) unitStr = '%';
    else {
      unitStr = units.find((x) => body.startsWith(x, pos));
      // 三十六个学时: 个 is the measure word of the unit after it.
      if (unitStr === '个') {
        const next = units.find((x) => x !== '个' && !x.startsWith('个') && body.startsWith(x, pos + 1));
        if (next) {
          pos += 1;
          unitStr = next;
        }
      }
    }
    if (!unitStr) continue;
    let rest = pos + (n.percent ? 0 : unitStr.length);
    if (/^(周年|年|月|日|号|届|性)/.test(body.slice(rest))) continue; // 75周年, 一次性
    // 技术转让所得未超过五百万元的部分: a bound that marks out the part of a sum a rule applies to (a tax bracket) defines the case, no
    // target (session 46 helper extract3, bracketBoundOut; the innovation3 set's 河南 gold).
    if (options.bracketBoundOut && body.startsWith('的部分', rest)) continue;
    // 给予最先举报人1000元至1万元的奖励: one range, = 1000–10000 元 (session 23, read on the spent randomv-heldout).
    const range = n.valueMax === undefined && !n.percent ? RANGE_SEPARATOR.exec(body.slice(rest)) : null;
    const upper = range ? numbers.find((m) => m.at === rest + range[0].length && m.valueMax === undefined && body.startsWith(unitStr!, m.end)) : undefined;
    if (upper && upper.value > n.value) {
      n.valueMax = upper.value;
      upperBounds.add(upper.at);
      rest = upper.end + unitStr.length;
    }
    // 3个月内2次或者2次以上: the second count of the idiom "N or more" is the first one again (session 23).
    // (Compared as strings, as the regex /N(或者|或)$/ compiled per number did: session 26, perf.)
    const preceding = body.slice(Math.max(0, at - 24), at);
    if (preceding.endsWith(`${body.slice(at, rest)}或者`) || preceding.endsWith(`${body.slice(at, rest)}或`)) continue;
    // 六十周岁以上: an age that qualifies a case, never a target (周 of 周岁 is no week).
    if (/周$/.test(unitStr) && body[rest] === '岁') continue;
    // A day of a month is a date (3月12日, 九月三十日), not a count of days.
    if (/[日号天]$/.test(unitStr) && /[年月]/.test(prevChar)) continue;
    // 每季度最后一个月的30日前: the day of that month, a date too (session 30, a real district plan).
    if (/[日号]$/.test(unitStr) && body.slice(Math.max(0, at - 2), at) === '月的') continue;
    const clauseStart = lastBreak(body, at);
    const clause = body.slice(clauseStart, at);
    // 旅游景点周边一千米以内, 水库防洪水位线以外二千米以内: a distance after a place word marks out a zone (session 21).
    // (Session 35 (plans): also with 各 or a bound between — 两侧各1000米, 外延不低于二百米 — and a distance that a range or
    // area word follows — 围界外5米范围内, 两侧5米范围内的, 5米以外的建筑檐口: where a rule applies, not a quantity committed.)
    if (LENGTH_UNIT.test(unitStr) && (cues.zone.some((z) => clause.replace(ZONE_BOUND, '').endsWith(z)) || ZONE_AFTER.test(body.slice(rest)))) continue;
    // A time limit (…三十日内) is never a past count, whatever its clause says (已建…设施的管理单位: session 17).
    const limit = cues.time.includes(unitStr) && cues.deadline.some((c) => body.startsWith(c.phrase, rest));
    if (!limit && cues.past.some((p) => clause.includes(p))) continue;
    // 《…规划（2016—2020年）》确定了…78项主要目标, 确立了8项重点实事项目: what an earlier plan set or a period achieved (a
    // verb of completion with 了), reported in a plan's review, not what this plan commits to (session 31 (plans)).
    if (DONE.test(clause)) continue;
    // 对2000年以来…制定发布的1923件文件进行了全面清理: a count since a past year is what there is so far, not what is to be
    // reached (session 33 (plans), a real city's 决定 repealing documents).
    if (SINCE_PAST.test(clause)) continue;
    // …政策性文件目录（28件）: a count in brackets closing a line counts the list that line heads (session 33 (plans)).
    if (/[（(](?:共|计)?\s*$/.test(body.slice(Math.max(0, at - 3), at)) && LIST_SIZE.test(body.slice(at, lineEnd(body, at)))) continue;
    // 实现一个总体目标：即…；达到二个加强：即…: a count that announces the list after it, no quantity to reach (session 32
    // (plans), a real 2003 实施细则).
    if (/^[^，。；：:]{0,12}[：:]\s*即/.test(body.slice(rest))) continue;
    // A year's work summary (…2015年工作总结和2016年工作安排) reports that year's figures until the next year's plan begins.
    if (summarised(text, unit.span[0] + at)) continue;
    // 授予甲、乙…9人“…”称号，颁发奖金3万元: what a decision of commendation confers on those it names, not a target (session 32
    // (plans), a real 盟 government's 决定).
    if (CONFERRED.test(body.slice(lastBreak(body, at, SENTENCE_BREAK), nextBreak(body, rest, SENTENCE_BREAK)))) continue;
    if (reviewed(body, at, text)) continue;
    // 本条例所称…运输机场是指…长度大于1800米, 景观控制区是指…外延不低于二百米区域: a number in a definition says what a term means,
    // not what anyone must reach (session 35 (plans)).
    if (DEFINITION.test(body.slice(lastBreak(body, at, SENTENCE_BREAK), at))) continue;
    // 应当在实施转化成功投产后连续五年，每年从…提取: the span a duty's yearly act must run (session 44, options.dutySpan).
    const span = options.dutySpan && SPAN_UNIT.test(unitStr) && clause.endsWith('连续') && DUTY_MODAL.test(clause) ? SPAN_ACT.exec(body.slice(rest)) : null;
    if (span) {
      // The years are the act's duration (options.dutySpanDuration): 每年从…提取的连续年限 = 3–5 年, not an amount drawn.
      const act = span[1]!.replace(SPAN_ACT_END, '') + (options.dutySpanDuration ?? '');
      out.push({ path: unit.path, name: body.slice(clauseStart, rest), metric: act, comparator: '=', value: n.value, valueMax: n.valueMax, unit: unitStr, span: [unit.span[0] + clauseStart, unit.span[0] + rest] });
      continue;
    }
    if (cues.qualify.some((q) => clause.endsWith(q))) continue;
    const clauseEnd = nextBreak(body, rest);
    // (人民法院应当自收到赔偿申请之日起两个月内作出…决定: a duty's time limit stays one where the matter is damages or a
    // sanction; the penalty word names the matter, not the number. Session 22, read on the spent randomz-heldout.)
    const dutyLimit = limit && /(应当|必须)/.test(clause);
    if (!dutyLimit && cues.penalty.some((p) => body.slice(clauseStart, clauseEnd).includes(p))) continue;
    // 并可处五千元以上、三万元以下的罚款; 处以每处五十元以上二百元以下的罚款，最高不超过五千元: a sum of money in a sentence that
    // sanctions is the sanction's, even when a comma parts it from the penalty word (session 36 (plans), randoms, randomk).
    if (MONEY_UNIT.test(unitStr) && cues.penalty.some((p) => body.slice(lastBreak(body, at, SENTENCE_BREAK), nextBreak(body, rest, SENTENCE_BREAK)).includes(p))) continue;
    // 货运单一式三份, 答辩书一式两份: the form of a document, no target (tests/gold/README.md, session 22).
    if (body.slice(Math.max(0, at - 2), at) === '一式') continue;
    // …两个以上法律援助机构都可以受理的，: the number is part of a condition (a clause ending in 的).
    // (…的百分之七十或者前三年…的百分之七十: the clause goes on to an alternative base, no condition.)
    // (同一建筑物由两个以上业主、使用人管理或者使用的: the condition runs past the enumeration comma; session 18.)
    const restOfClause = body.slice(rest, nextBreak(body, rest, ACT_BREAK)).trim();
    if (/的$/.test(restOfClause) && !/^(或者|或)/.test(restOfClause)) continue;
    // 在团员不足3人、但青年比例达到30%的单位，建立…: a figure that picks out where the act applies (在…N的<units>，…), not a level to
    // reach (session 33 (plans), a real 团县委 notice). (在2025年前使80%的村… opens on a deadline: still a target.)
    if (body[rest] === '的' && SCOPE_NOUN.test(body.slice(rest + 1)) && scoped(body.slice(lastBreak(body, at, SENTENCE_BREAK), at).trim())) continue;
    // 2处或者2处以上非法煤矿…的: "N or more" then a case closing in 的 is a condition too (session 23).
    // (/^(或者|或)N以上/ compiled per number before: compared as strings, session 26, perf.)
    const orMore = restOfClause.startsWith(`或者${body.slice(at, rest)}以上`) || restOfClause.startsWith(`或${body.slice(at, rest)}以上`);
    if (orMore && /的$/.test(restOfClause)) continue;
    // 在同方向划有两条以上机动车道，没有交通信号指示的，…; 同一候选人获得两种以上职务提名时，…; （一）造成死亡1人以上，或者重伤3人
    // 以上…的；: the number stands in the sentence's case, which closes past the clause (session 40 (plans)).
    if (inCase(body, at, rest, cues)) continue;
    // 1个月内3次, 3个月内2次, 1个月内发现有2处: a count within a window qualifies a case (session 23).
    if (!n.percent && COUNT_WINDOW.test(clause)) continue;
    // 作为一项重要职责, 视为一项不可分割的运输: 一 before a measure word after 作为/视为 is an article, no count (session 23).
    if (n.chinese && n.value === 1 && n.valueMax === undefined && ARTICLE_ONE.test(clause)) continue;
    // 建筑高度超过一百米的超高层民用建筑: a dimension compared, then 的, describes the thing after 的 (session 18).
    // (Not a share of the dimension a duty is done by, 总建筑面积千分之七的比例配置…: session 37 (plans).)
    if (body[rest] === '的' && cues.dimension.some((d) => clause.replace(/(不少于|不低于|超过|不超过|低于|高于|以上|以下|在|达到|为)$/, '').endsWith(d)) && !(n.percent && cues.share.some((w) => body.startsWith(w, rest)))) continue;
    // 下列建设工程质量的最低保修期限为：（一）…土建工程为一年: an item of a list whose lead names the limit and the quantity
    // (target-cues.txt `list`, `listHead`) is that limit of the item's subject (土建工程的最低保修期限 >= 1 年; session 26, read on
    // the spent randoms-heldout).
    const item = lead && at > lead.end ? LISTED_ITEM.exec(clause) : null;
    if (item && !cues.after.some((c) => body.startsWith(c.phrase, rest))) {
      out.push({ path: unit.path, name: body.slice(clauseStart, rest), metric: `${item[1]}的${lead!.metric}`, comparator: ITEM_LIMIT[item[2]!] ?? lead!.comparator, value: n.value, valueMax: n.valueMax, unit: unitStr, span: [unit.span[0] + clauseStart, unit.span[0] + rest] });
      continue;
    }
    // 实行二十四小时值班制度: a service kept round the clock for so many hours or days (session 18).
    const round = cues.time.includes(unitStr) ? cues.round.find((w) => body.startsWith(w, rest)) : undefined;
    if (round) {
      out.push({ path: unit.path, name: body.slice(clauseStart, rest + round.length), metric: round, comparator: '=', value: n.value, valueMax: n.valueMax, unit: unitStr, span: [unit.span[0] + clauseStart, unit.span[0] + rest + round.length] });
      continue;
    }
    // A time limit (十日内, 五个工作日内, 开庭十日前): the act it limits follows; one a person *may* use
    // (可以…三十日内提出) is a right, not a duty.
    // 提前十日书面报告: a lead the act must keep before its occasion, the act right after the time (session 20).
    const ahead = cues.time.includes(unitStr) && cues.ahead.some((w) => clause.endsWith(w)) ? { phrase: '', comparator: '>=' as const } : undefined;
    const deadline = cues.time.includes(unitStr) ? (cues.deadline.find((c) => body.startsWith(c.phrase, rest)) ?? ahead) : undefined;
    // 企业开办全流程压缩至1个工作日以内。: no act follows the limit — the thing limited stands before the number, as in any
    // other target (a plan's reduction of a processing time; session 29, read on real portal plans).
    const limitEnd = nextBreak(body, rest, ACT_BREAK);
    const actFollows = deadline === ahead || (deadline !== undefined && (body.slice(rest + deadline.phrase.length, limitEnd).trim() !== '' || body[limitEnd] === '，'));
    if (deadline && actFollows) {
      if (clause.includes('可以')) continue;
      // 可自知道该行政处理决定之日起六十日内…申请复议, 可在接到处罚通知之日起十五日内向人民法院起诉: 可 written alone for 可以 before the
      // window's start (自, 在) is the same permission, a party's right (session 48 helper extract2, options.permittedShortWindow;
      // the techmarket set's 河南 第二十九条; whole free mirror: 28 such windows, every one a party's appeal or a power's option).
      if (options.permittedShortWindow && SHORT_WINDOW.test(clause)) continue;
      // 有异议的，可以自接到撤销注册、收回…证书的通知之日起15日内…申请复议: 可以 before an enumeration (、 breaks the clause) still
      // makes the limit a party's right, not a duty (tests/gold/README.md, session 22: 可以…十五日内申请复议; session 42 (plans)).
      if (PERMITTED.test(body.slice(lastBreak(body, at, ACT_BREAK), at))) continue;
      // 1个月内3次或者3次以上发现…的, 1个月内发现有2处…的, 1周内其负责人…没有…带班下井的: a window in which events are counted
      // or a duty is failed describes a case to sanction, not a time limit on an act (session 23, spent randomv-heldout).
      const after = body.slice(rest + deadline.phrase.length);
      if (COUNTED_IN_WINDOW.test(after)) continue;
      const actClause = after.search(ACT_BREAK) < 0 ? after : after.slice(0, after.search(ACT_BREAK));
      if (!/(应当|必须|应|须)/.test(clause) && FAILURE.test(actClause)) continue;
      // 在开庭十日前，将…送交: the act may stand in the next clause.
      // The act runs to the end of its clause: an enumeration in it (该设施的名称、地址…, 县（市、区）) is no break.
      let actEnd = nextBreak(body, rest, ACT_BREAK);
      if (body.slice(rest + deadline.phrase.length, actEnd).trim() === '' && body[actEnd] === '，') actEnd = nextBreak(body, actEnd + 1, ACT_BREAK);
      let t = body.slice(rest + deadline.phrase.length, actEnd).replace(/^，/, '').trim();
      // 十个工作日内，根据消防技术标准和管理规定，对该场所进行检查: a clause naming the basis of the act is passed
      // over to the act (session 18).
      if (BASIS.test(t) && body[actEnd] === '，') {
        const next = nextBreak(body, actEnd + 1, ACT_BREAK);
        t = body.slice(actEnd + 1, next).trim();
        actEnd = next;
      }
      // 将鉴定报告送达委托人并报…部门备案: of two coordinated acts the first is the one limited (session 21).
      if (/^[将把]/.test(t)) t = t.replace(/并(?:报|向|送|抄送|通知|告知).*$/, '');
      // 对提交的有关材料进行审查: in 对X进行Y the act is the verbal noun Y, the head of the phrase; X, after the preposition, is
      // an adjunct (session 35 (plans): the shortest noun phrase that names the act limited, 审查 or 合法性审查).
      // …之日起2个月内，将特殊标志有关事项、图样…，在特殊标志登记簿上登记; …6个月内，对本行政区域内…机构，依照…条件重新进行检查: the
      // clause after the limit only fronts the object (将/把/对 and a noun phrase), the act is the verb of the next clause, without
      // its basis, place or addressee (tests/gold/README.md, session 41: the verb after a comma).
      const fronted = frontedAct(body, t, actEnd, lexicon);
      if (fronted) {
        t = fronted.act;
        actEnd = fronted.end;
      }
      const treated = TREATED.exec(t);
      let act = fronted ? fronted.act : treated ? treated[1]! : (listedObject(t) ?? handedOver(t) ?? disposalVerb(t) ?? addressedAct(t) ?? t.replace(/^(进行|将|向|把|对)/, ''));
      // 登记参加选举的村民名单，应当在选举日的二十日前由村民选举委员会公布: the agent follows (由…), so what is done is the
      // topic before the modal verb; likewise when only a manner and a verb follow (…五日以前，按照得票多少的顺序张榜公布; session 21).
      const manner = MANNER.exec(t);
      let topic = t.startsWith('由') || (manner && (t.length - manner[0].length <= 4 || onlyVerbs(t.slice(manner[0].length), lexicon))) ? passiveTopic(body, clauseStart, clause) : undefined;
      // 人民法院应自受理确认申请之日起2个月内依照相应程序作出裁决或相关的决定: a subject that is a body or a person acting is no
      // topic (tests/gold/README.md, session 41: the topic before the modal); the act after the manner is the metric, the first of
      // two coordinated acts (session 21), not the actor (session 42 (plans)).
      const agentTopic = !!topic && !!manner && !t.startsWith('由') && cues.agentEnd.some((a) => topic!.endsWith(a));
      if (agentTopic) {
        topic = undefined;
        act = t.slice(manner![0].length).replace(/^[，\s]+/, '').replace(/或(?:者)?[^，。；]*$/, '');
      }
      // 听证会举行三十日前，组织编制机关应当向社会公告: the act limited is what follows the modal verb; its bearer before it is
      // no part of the metric (session 27, read on the spent randomq-heldout's 河南 城乡规划 办法).
      const modal = /^[^，。；]{1,20}?(应当|必须)(?!在)/.exec(act);
      if (modal && act.length - modal[0].length >= 2) act = addressedAct(act.slice(modal[0].length)) ?? act.slice(modal[0].length);
      // 选民名单应当在选举日的二十日以前公布; 停止行使选举权利的决定，应当…以前送达区或者乡镇选举委员会: only a verb (with a manner or
      // an addressee) follows the limit, and the subject before it is no body or person that acts: the thing handled is that
      // topic, the metric (tests/gold/README.md, session 41: the topic before the modal).
      const verb = !topic && !fronted && !agentTopic ? bareAct(t, lexicon) : undefined;
      const handled = verb ? handledTopic(body, clauseStart, clause, cues.agentEnd, lexicon) : undefined;
      if (topic) act = topic;
      else if (handled) act = verb + handled;
      // 其成员不满三人的，应当在三个月内由村民会议进行补选: no topic (a condition before), the act after the agent's verb.
      else if (t.startsWith('由')) act = t.replace(/^由[^，。；]*?(?:进行|予以|负责)/, '') || act;
      // …向承运人提出异议。…至迟应当自收到托运行李之日起七日内提出; 优先权，其债权人应当自…之日起三个月内…登记: the time a party
      // has to keep a right (an objection, a priority claim) is a condition of the right, not a duty (tests/gold/README.md,
      // session 22; session 36 (plans), read on randomv's 民用航空法).
      // (A bare 提出 whose object the article named earlier — 异议 two sentences before, 十四日内提出, 二十一日内提出 — is the same right:
      // session 37 (plans), randomv's 民用航空法.)
      if (RIGHT_KEPT_ACT.test(act) && RIGHT_KEPT.test(body.slice(act === '提出' ? 0 : lastBreak(body, Math.max(0, lastBreak(body, at, SENTENCE_BREAK) - 1), SENTENCE_BREAK), actEnd))) continue;
      if (act.length >= 2) {
        out.push({
          path: unit.path,
          name: body.slice(clauseStart, actEnd),
          metric: act.slice(0, 40),
          comparator: deadline.comparator,
          value: n.value,
          valueMax: n.valueMax,
          unit: unitStr,
          span: [unit.span[0] + clauseStart, unit.span[0] + actEnd],
        });
      }
      continue;
    }
    let comparator: ExtractedTarget['comparator'] = '=';
    let metricEnd = at;
    // 货币补偿标准提高百分之十, 考试分数给予增加十分: a standard changed by so much (the verb right before the number).
    const change = cues.change.find((c) => clause.endsWith(c));
    // 保留学籍一年, 保留公职或学籍至少一年: a duration a body must keep (the clause opens with the verb).
    const keep = !change && cues.keep.find((c) => clause.startsWith(c));
    const before = change ? { comparator: '=' as const, at: clause.length - change.length } : cueBefore(clause, cues, n.percent || (unitStr === '%' && cues.whole.some((w) => clause.endsWith(w))), options);
    // 临时占用的期限最长不得超过二年: a term the law bounds, then a limit cue, makes a count of years a target (session 19).
    // (Session 35 (plans): also a term stated with 为 when the words before it bound it — 在本衔级服预备役的最低年限为四年 — or name a
    // term of service — 预备役兵服预备役年限为四年: cues.service.)
    const termHead = before ? clause.slice(0, before.at) : '';
    const termWord = !!before && cues.term.some((w) => termHead.replace(/(最长|最短|一般|原则上)$/, '').endsWith(w));
    const term = termWord && (before!.comparator !== '=' || boundedQuantity(termHead, cues) !== undefined || cues.service.some((w) => termHead.includes(w)));
    // 预备役兵服预备役年限为四年，其中，预备役列兵、上等兵各为二年: a part of the whole just stated in its sentence (其中，X各为N) has
    // the same quantity, its metric the part named (session 35 (plans)).
    const partStart = lastBreak(body, at, ACT_BREAK);
    const partOf = before && /其中[，,]?$/.test(body.slice(Math.max(0, partStart - 3), partStart)) ? PART.exec(body.slice(partStart, at)) : null;
    const whole = partOf ? [...out].reverse().find((t) => t.path === unit.path && t.unit === unitStr && !/[。；]/.test(body.slice(t.span[1] - unit.span[0], at))) : undefined;
    // 排污许可证的有效期限为三年, 有效期限最长为一年: how long an instrument stays valid is no target (gold decision of session 29).
    if (cues.validity.some((w) => clause.includes(w))) continue;
    // 每届任期五年: the term of an office (session 21).
    const tenure = unitStr === '年' ? cues.tenure.find((w) => clause.endsWith(w)) : undefined;
    // 劳动年龄人口平均受教育年限12.5年: a plan's figure of years written right after the term it counts (session 29; a law
    // writes 为/不得超过 and a Chinese numeral, which the rules above read; 年限达到14年 too).
    // (期限为2年, 有效期限3年, a validity the law fixes, stays out: tests/gold/README.md's targets.)
    const plainTerm = unitStr === '年' && !n.chinese && (!before || clause.startsWith('达', before.at)) && clause.slice(0, before ? before.at : clause.length).endsWith('年限');
    // 应当依法与其签订一年以上劳动合同, 应当具有三年以上…安全驾驶经历: a duration bounded by 以上 between a verb of concluding or
    // having and the contract, service or experience it measures (session 35 (plans); tests/gold/README.md counts a requirement a
    // person must meet, 具有三年以上…安全驾驶经历 → ≥ 3 年).
    const bound = unitStr === '年' && REQUIRE_VERB.test(clause) ? cues.after.find((c) => body.startsWith(c.phrase, rest) && c.comparator !== '=') : undefined;
    const required = bound ? REQUIRED_THING.exec(body.slice(rest + bound.phrase.length, nextBreak(body, rest, ACT_BREAK))) : null;
    if (required) {
      const metric = required[0].split('的').at(-1)!.trim();
      if (metric.length >= 2) out.push({ path: unit.path, name: body.slice(clauseStart, rest + bound!.phrase.length + required[0].length), metric, comparator: bound!.comparator, value: n.value, valueMax: n.valueMax, unit: unitStr, span: [unit.span[0] + clauseStart, unit.span[0] + rest] });
      continue;
    }
    // 履行不少于两年保修期义务, 提供不少于两年的保修期: a bounded duration right before a term word (target-cues.txt `term`) is that
    // term's bound, as the term before the cue is (保修期不少于两年; session 47, options.termAfterBound).
    const termAfter = options.termAfterBound && before && before.comparator !== '=' && (unitStr === '年' || cues.time.includes(unitStr)) ? cues.term.find((w) => body.startsWith(w, rest) || body.startsWith(`的${w}`, rest)) : undefined;
    // (Not a period something is done within, 在最长不超过5年的期限内分期缴纳: a time frame, not a term bound.)
    if (termAfter && !body.startsWith('内', rest + body.slice(rest).indexOf(termAfter) + termAfter.length)) {
      const end = rest + body.slice(rest).indexOf(termAfter) + termAfter.length;
      out.push({ path: unit.path, name: body.slice(clauseStart, end), metric: termAfter, comparator: before!.comparator, value: n.value, valueMax: n.valueMax, unit: unitStr, span: [unit.span[0] + clauseStart, unit.span[0] + end] });
      continue;
    }
    // 有关信息与资料自展会举办之日起应当保存至少三年, 交易资料…至少保存三年: a duration a thing must be kept for, the limit cue next to
    // the verb of keeping; the metric is the verb and the thing kept (session 49 helper extract2, options.keptDuration).
    const kept = options.keptDuration && before && before.comparator === '>=' && (unitStr === '年' || cues.time.includes(unitStr)) ? keptThing(body, clauseStart, clause, before.at, cues) : undefined;
    if (kept) {
      out.push({ path: unit.path, name: body.slice(clauseStart, rest), metric: kept, comparator: '>=', value: n.value, valueMax: n.valueMax, unit: unitStr, span: [unit.span[0] + clauseStart, unit.span[0] + rest] });
      continue;
    }
    // 接受…为期两日的…教育, 增加婚假七天, 享受配偶陪产假十天: a duration the text grants or imposes — 为期 before it, or a leave
    // (cues.leave) right before it — is that duration of the thing after 的 or of the leave (session 35 (plans)); one a person only
    // may apply for (可以申请参加…为期一日的…) is a right.
    const lasting = cues.time.includes(unitStr) && /为期$/.test(clause) && body[rest] === '的' ? /^的([^，。；：]{2,30})/.exec(body.slice(rest)) : null;
    const leave = cues.time.includes(unitStr) ? cues.leave.filter((w) => clause.replace(/各$/, '').endsWith(w)).sort((a, b) => b.length - a.length)[0] : undefined;
    if ((lasting || leave) && !/可以申请|可以参加/.test(body.slice(lastBreak(body, at, SENTENCE_BREAK), at))) {
      out.push({ path: unit.path, name: body.slice(clauseStart, rest), metric: lasting ? lasting[1]! : leave!, comparator: '=', value: n.value, valueMax: n.valueMax, unit: unitStr, span: [unit.span[0] + clauseStart, unit.span[0] + rest] });
      continue;
    }
    // 也可以邀请1至2名…专家, 评审时间可以延长3个月: what a body may do is a permission, no quantified duty (tests/gold/README.md,
    // randoml-heldout's readings: 可以核载一至六名); a leave granted above stays a target (session 35 (plans)).
    // (A standard a body may change by so much stays one — 绿地率可以降低5个百分点: the fifth pass's 补偿标准提高百分之十.)
    // (可以从…净收入中提取不低于百分之三十: a permission bounded by a limit word is the bound, a target — tests/gold/README.md, session
    // 36's extension reading and techtransfer's 浙江 10 %; session 44, options.permittedBound.)
    // (可以合计享受不超过一千毫升的免费用血: a cap on what a person may enjoy is the limit of a right, no target — unseen's gold.)
    const boundPermission = options.permittedBound && !!before && before.comparator !== '=' && !ENJOYED.test(clause);
    if (PERMITTED.test(clause) && !boundPermission && !cues.change.some((c) => clause.endsWith(c))) continue;
    // …应当在有效期届满三十日前向核发机关提出延期申请…。延长期限不得超过六个月: the extension a party applies for, of its permit's
    // validity or its period of use, is a condition of its right, not a duty (tests/gold/README.md, session 36 (plans)); a
    // body's own time limit extended within a bound (…可以适当延长，但延长的期限不得超过六十日) stays a target.
    if (partyExtension(body, at)) continue;
    // 自河口1万米上溯至…: a distance from a point marks out an area (session 35 (plans)).
    if (LENGTH_UNIT.test(unitStr) && /自[\u4e00-\u9fff]{1,10}$/.test(clause)) continue;
    // 在刑法第一百二十条后增加一条: an article a text adds is structure, no quantity (session 35 (plans)).
    if (unitStr === '条' && ARTICLE_REF.test(clause)) continue;
    if (whole) {
      out.push({ path: unit.path, name: body.slice(partStart, rest), metric: partOf![1]!, comparator: whole.comparator, value: n.value, valueMax: n.valueMax, unit: unitStr, span: [unit.span[0] + partStart, unit.span[0] + rest] });
      continue;
    }
    // 一个记分周期内的安全教育减分不得超过四分: points (记分, 减分, 扣分) bounded are a count of points, not the adverb 十分
    // (session 35 (plans)).
    const points = unitStr === '分' && !!before && before.comparator !== '=' && /[记减扣得]分$/.test(clause.slice(0, before.at));
    if (cues.cued.includes(unitStr) && !change && !keep && !term && !tenure && !plainTerm && !points) continue;
    // 由主任、副主任、委员三至七人组成: the size of a body; 比应选名额多一至三人: a margin of persons over a number (session 21).
    const persons = unitStr === '人' || unitStr === '名';
    const sentence = body.slice(lastBreak(body, at, ACT_BREAK), at).replace(ARTICLE_HEAD, '');
    // (由五至十一名单数委员组成: the members' noun, odd or even, may stand between the number and 组成; session 36 (plans), read on
    // randomi's 丽水 物业管理 条例.)
    const member = persons ? MEMBERS_BEFORE_COMPOSE.exec(body.slice(rest)) : null;
    const composed = persons && (cues.compose.some((w) => body.startsWith(w, rest)) || (member !== null && cues.compose.some((w) => body.startsWith(w, rest + member[0].length))));
    const margin = persons ? MARGIN.exec(sentence) : null;
    if (before) {
      comparator = before.comparator;
      metricEnd = clauseStart + before.at;
      // 城市道路最高时速为六十公里: 为 after a bounded quantity (最高/最低 and its noun) states the bound, as a list's lead does
      // (下列…的最低保修期限为：, cues.list; session 32, lead, read on randoml's 浙江 traffic law, spent).
      if (comparator === '=') comparator = boundedQuantity(clause.slice(0, before.at), cues) ?? comparator;
    }
    // 指定3名或者3名以上单数承办人员组成合议组: N or more written N名或者N名以上 is the one bound ≥ N, its 以上 the cue (session 37
    // (plans), read on randoms's 行政执法 办法: 承办人员 ≥ 3 名).
    if (orMore && OR_MORE_UNITS.test(unitStr)) rest += restOfClause.indexOf('以上');
    const after = cues.after.find((c) => body.startsWith(c.phrase, rest));
    if (after) {
      if (comparator === '=' || !before) comparator = after.comparator;
      rest += after.phrase.length;
    } else if (approx && comparator === '=') comparator = '>=';
    // 以公告之日起的二十日为送达日期: a day the law deems (以…为…日期), not a limit on an act (session 19).
    if (/^(第[一二三四五六七八九十百零]+条[\s　]*)?以/.test(clause) && /^为[^，。；]{0,10}(日期|之日)/.test(body.slice(rest))) continue;
    // 组成人员五人以上联名，可以提出议案: the quorum of a joint motion is a condition of a right (session 19).
    if (cues.quorum.some((w) => body.startsWith(w, rest))) continue;
    // 本村五分之一以上有选举权的村民或者三分之一以上的村民代表，可以联名要求罢免: the joint motion may close the sentence (session 21).
    if (n.fraction && cues.quorum.some((w) => body.slice(rest, body.slice(rest).search(/[。；]|$/) + rest).includes(w))) continue;
    // A Chinese numeral is a target only with a comparator cue (每年至少一次, 不少于十天, 一般为…).
    // Or as a frequency per period (每年进行一次免费体格检查: = 1 次; session 13).
    // Also every N years, and with the object between (每年对学生进行一次…, 每三年评选表彰一次: session 17).
    const perPeriod = unitStr === '次' && PER_PERIOD.test(body.slice(clauseStart, at));
    // 至少每周联系和交流一次: the comparator stands before the period, the act between it and the count (session 15).
    // 每年至少向职工代表大会…报告一次: the comparator after the period, an addressee before the act (session 42 (plans)).
    const cuedPeriod = unitStr === '次' && !before ? (PERIOD_CUED.exec(clause) ?? PERIOD_CUED_AFTER.exec(clause)) : null;
    if (cuedPeriod) comparator = '>=';
    // …的百分之七十或者前三年收入平均数额的百分之七十: an alternative base of the same limit (session 17).
    const prevTarget = [...out].reverse().find((t) => t.path === unit.path && t.unit === unitStr);
    const between = prevTarget ? body.slice(prevTarget.span[1] - unit.span[0], at) : '';
    const alt = prevTarget && /^(或者|或)/.test(between) && !CLAUSE_BREAK.test(between) ? prevTarget : undefined;
    // 指定一名领誓人, 配备两名专职人员: a body must appoint or staff so many persons (session 20).
    const staffed = (unitStr === '名' || unitStr === '人') && cues.staff.some((w) => clause.endsWith(w));
    // 设主任一名、副主任一至二名: the posts a body must have, each by its number (session 36 (plans), read on randomi's 丽水 物业管理 条例).
    const post = persons && !before ? POSTS_SET.exec(sentence) : null;
    // 每年在税后利润中提取百分之三，交…: a share a unit must set aside, stated bare after the verb (session 36 (plans), read on
    // randomp's 河南 乡镇企业 办法).
    // (Session 46 helper extract3, permittedShortForm: 可 alone before the preposition of the source, 可从…净收入中提取百分之七十用于一次性
    // 奖励, is 可以: a permission without a bound word, as the innovation3 set's 河南 gold reads it.)
    const setAside = n.percent && SET_ASIDE_SHARE.test(clause) && !PERMITTED.test(clause) && !(options.permittedShortForm && SHORT_PERMITTED.test(clause));
    // 应当按照…总建筑面积千分之七的比例配置物业管理用房: the ratio a duty is done by, stated bare after 按照 (session 37 (plans), randomi).
    const ratio = n.percent && /(?:应当|应|必须|须)按照?/.test(clause) && cues.share.some((w) => body.startsWith(w, rest));
    if (n.chinese && !before && !after && !keep && !perPeriod && !cuedPeriod && !alt && !staffed && !tenure && !composed && !margin && !setAside && !post && !ratio) continue;
    // …以上的个人: a number that qualifies who is meant, not a commitment — unless a plan's aim makes it the share of units
    // to attain something (确保到2027年，30%以上的县（区）通过…国家评估认定: session 32 (plans), a real city's task list).
    const attained = after && body[rest] === '的' && unitStr === '%' ? shareAttaining(body, at, rest, clauseEnd) : undefined;
    // 占地面积十万平方米以上的综合性公园绿地用地: the size of the thing after 的, by the measure the words before the number name
    // (session 37 (plans), read on randomo's 南阳 城市绿化 条例; the gold's 综合性公园绿地用地占地面积).
    // (Only after a count of those things, 至少一处: a size alone before 的, 建筑面积一万平方米以上的商场, says which are meant.)
    const measure = after && body[rest] === '的' && SIZE_UNIT.test(unitStr) ? COUNTED_SIZE.exec(clause) : null;
    const sizedThing = measure ? /^的([\u4e00-\u9fff]{2,16})$/.exec(body.slice(rest, clauseEnd).trim()) : null;
    if (measure && sizedThing) {
      out.push({ path: unit.path, name: body.slice(clauseStart, clauseEnd), metric: sizedThing[1]! + measure[1]!, comparator: after!.comparator, value: n.value, valueMax: n.valueMax, unit: unitStr, year: leadYear, span: [unit.span[0] + clauseStart, unit.span[0] + rest] });
      continue;
    }
    if (after && body[rest] === '的' && !attained) continue;
    // 三分之二以上同意, 三分之二以上的组成人员参加: a share of votes or of attendance makes a decision valid (a condition);
    // 设计使用年限三分之二的当年: a share that dates a duty (session 21).
    if (n.fraction && ((body[rest] === '的' && !after && !ratio) || /^(的)?[\u4e00-\u9fa5]{0,8}?(同意|通过|参加|出席|到会|赞成|表决|当选)/.test(body.slice(rest)))) continue;
    // 当选人的得票数不得少于选票数的三分之一: a vote threshold (session 22 gold convention); …三分之二以上，或者…三分之二以上的
    // 户代表参加: an attendance quorum whose verb closes the coordination later in the sentence (session 22, spent randomz).
    if (n.fraction && (/(得票|选票|票数|赞成票)/.test(clause) || /^[^。；]{0,12}或者[^。；]{0,24}?(参加|出席|到会|同意)/.test(body.slice(rest)))) continue;
    // 到2025年，…达到15%，…: a deadline opening the sentence dates every target of it (session 29).
    const year = clause.match(/((?:19|20)\d{2})年/)?.[1] ?? sentenceDeadline(body.slice(lastBreak(body, at, SENTENCE_BREAK), at).replace(LABEL_HEAD, ''));
    // 举办100场科普巡回报告: when only a verb precedes the number, the counted thing follows it;
    // 每年至少安排四次国防教育课: what is done so many times follows 次.
    let metric = keep ? body.slice(clauseStart, metricEnd) : cleanMetric(body.slice(clauseStart, metricEnd), cues, unitStr);
    // （一）具有, 第二十六条双方…: a clause's or article's label opening the metric is no part of it (session 26, read on the spent randoms-heldout).
    metric = metric.replace(LABEL_HEAD, '');
    const said = metric;
    // (…应当在税后利润中提取: the share is named by the sum it is taken from and the verb, without its bearer.)
    if (setAside) metric = SET_ASIDE_FROM.exec(clause)?.[1] ?? metric;
    if (change) metric = metric.replace(/给予$/, '');
    // 市人民政府每三年评选表彰 (一次): the act counted, without its bearer and period (session 17).
    // 执业许可证明文件每三年由原批准机关校验一次: the thing before the period and the verb, without the agent (session 42 (plans)).
    const periodAgent = perPeriod ? PERIOD_AGENT.exec(metric) : null;
    const handled = periodAgent ? periodAgent[1]!.split('的').at(-1)!.replace(/(应当|应|必须|须)$/, '') : '';
    if (periodAgent && handled.length >= 2) metric = handled + periodAgent[2]!;
    else if (perPeriod) metric = metric.replace(/^.*?每(?:[一二三四五六七八九十两\d]+个?)?(?:年|半年|季度|月|周|学年|学期)/, '') || metric;
    // 每半年至少结算一次: a metric that is only the period before the comparator leaves the act between the comparator and the count
    // (session 43, options.periodAct).
    if (options.periodAct && before && unitStr === '次' && BARE_PERIOD.test(metric)) {
      const act = clause.slice(before.at).replace(/^(至少|不少于|最少)/, '');
      if (/^[\u4e00-\u9fa5]{2,6}$/.test(act)) metric = act;
    }
    // 年度支出，不得低于…的百分之七十: a clause that is only the cue and the share limits the noun the clause
    // before ends with (session 17).
    if (!metric && before && before.at === 0 && n.percent && body[clauseStart - 1] === '，') metric = referent(body, clauseStart - 1);
    // 企业用于一线职工的培训经费所占比例，应当高于职业培训经费总额的百分之六十: a clause that is only the modal before its comparator
    // bounds the noun the clause before names, as a clause of the cue alone does, without its 所占比例 (the share word of the limit;
    // session 52 helper extract2, options.modalOnlyReferent).
    else if (options.modalOnlyReferent && before && n.percent && MODAL_ONLY.test(metric) && body[clauseStart - 1] === '，') metric = referent(body, clauseStart - 1).replace(/所占(?:比例|比重)$/, '');
    // （一）单位转让、许可他人实施的，不低于转让费、许可使用费净收入的20%: a share whose clause opens with its bound after a case (a
    // clause ending in 的) or a list's label bounds the whole named between the cue and 的, even across a 、 inside that whole;
    // 20% is the share as 百分之二十 is (session 48 helper extract2, options.boundWholeShare; the techmarket set's 北京 第三十九条).
    const bounded = options.boundWholeShare && unitStr === '%' ? boundWhole(body, at, cues) : undefined;
    if (bounded) {
      metric = bounded.whole;
      comparator = bounded.comparator;
    }
    if (alt) {
      metric = alt.metric;
      comparator = alt.comparator;
    }
    const tail = body.slice(rest, clauseEnd).trim();
    // 至少每三个月公开一次募捐情况: what is counted follows 次 when anything does (session 17).
    if (cuedPeriod) metric = tail.length >= 2 && tail.length <= 12 ? tail : cuedPeriod[3]!;
    // 不少于一小时的体育锻炼时间: the quantity of the noun after 的 (an amount; a share, 13%的目标, qualifies the metric before it); 县（市）应当至少建设一所…场所: a metric that is
    // only the bearer of the duty (ending in its modal verb) leaves the counted thing after the unit (session 15).
    const ofNoun = !after && !cuedPeriod && unitStr !== '%' && /^的[^，。；：的]{2,20}$/.test(tail) ? tail.slice(1) : undefined;
    // 每十平方公里应当规划预留至少一处占地面积十万平方米以上的综合性公园绿地用地: so many places of a thing, its size between the
    // unit and the thing: the thing counted is the noun after the last 的, not the act before the cue (session 37 (plans), randomo).
    const placeThing = !ofNoun && before && before.comparator !== '=' && COUNTED_PLACE.test(unitStr) && tail.length <= 40 ? /[\u4e00-\u9fff]的([\u4e00-\u9fff]{2,16})$/.exec(tail) : null;
    if (ofNoun) metric = ofNoun;
    else if (placeThing) metric = placeThing[1]!;
    else if (!cuedPeriod && MODAL_END.test(metric) && tail.length >= 2) metric = '';
    // 按照不少于本单位在职职工总数1.7%的比例安排残疾人就业: the ratio an act is done by; the act is the metric (target-cues.txt
    // `share`; session 27, read on the spent randomq-heldout's 北京 残疾人保障 办法).
    const share = unitStr === '%' ? cues.share.find((w) => body.startsWith(w, rest)) : undefined;
    const act = share ? body.slice(rest + share.length, nextBreak(body, rest + share.length, ACT_BREAK)).trim() : '';
    // (Session 35 (plans): a share of money set aside for a use is the money by its use — 公益金应当按照不低于百分之十的比例用于
    // 发展残疾人事业 → 用于发展残疾人事业的公益金; 按照…比例提取资金，用于实施…项目 → 用于实施…项目的资金: the quantity measures
    // the fund, not the act of using it.)
    const fundUse = share && act.length >= 2 ? allocatedFund(body, clauseStart, clauseEnd, act) : undefined;
    // 应当从许可、转让的净收入中提取不低于百分之六十的比例用于奖励发明人: a share drawn from a sum measures that sum, not its use
    // (session 49 helper extract2, options.shareDrawnBase; techtransfer's golds read 从…净收入中提取不低于百分之七十的比例 so).
    const drawn = options.shareDrawnBase && share ? DRAWN_BASE.exec(body.slice(lastBreak(body, at, ACT_BREAK), metricEnd)) : null;
    if (drawn) metric = drawn[1]!.replace(/^该项/, '');
    else if (fundUse) metric = fundUse;
    else if (share && act.length >= 2 && act.length <= 20) metric = act;
    // 比例不足一个的至少应当设置1个无障碍停车位: when the words before the cue are a case (ending in 的), the counted thing after
    // the unit is the metric (session 27, the same 办法).
    else if (before && before.comparator !== '=' && /的$/.test(body.slice(clauseStart, clauseStart + before.at)) && !ofNoun) {
      const thing = body.slice(rest, nextBreak(body, rest, ACT_BREAK)).trim();
      if (thing.length >= 2 && thing.length <= 12 && !onlyVerbs(thing, lexicon)) metric = thing;
    }
    if (!cuedPeriod && !ofNoun && (onlyVerbs(metric, lexicon) || (unitStr === '次' && tail.length >= 2 && tail.length <= 12 && !onlyVerbs(tail, lexicon)))) {
      const t = body.slice(rest);
      const stop = t.search(/[，。；：！？\n]/);
      metric = t.slice(0, stop < 0 ? Math.min(t.length, 30) : Math.min(stop, 30)).trim() || metric;
    }
    // 确定一名非协商代表人员担任协商会议记录员, 指定一名审判人员对调解协议进行审查: the role taken (担任/作为 X), else the person before
    // the act they are designated for (tests/gold/README.md, session 41: one person designated is a staffing); else a short tail.
    if (staffed && !before) {
      const who = tail.replace(/[，。；：]$/, '');
      const role = /(?:担任|作为)([\u4e00-\u9fff]{2,12})$/.exec(who);
      const person = role ? undefined : /^([\u4e00-\u9fff]{2,8}?)(?:召集|主持|负责|承办|参加|对|进行|办理)(?![人员者])/.exec(who);
      if (role) metric = role[1]!;
      else if (person) metric = person[1]!;
      else if (who.length >= 2 && tail.length <= 13) metric = who;
    }
    // 每年至少一次将信托事务处理情况…向民政部门报告: what is done once is the object of 将 (session 17).
    const disposed = unitStr === '次' ? DISPOSED_OBJECT.exec(tail) : null;
    if (disposed) metric = disposed[1]!;
    // 其比例不得低于百分之七十: 其 refers back to the subject of the clause before (以…专业科技人员为主).
    // (其中业主人数不低于…: 其中 is "among them", the part named after it is the metric; session 37 (plans), randomi's 丽水 条例.)
    if (/^其中[\u4e00-\u9fff]{2}/.test(metric)) metric = metric.slice(2);
    else if (metric.startsWith('其') && clauseStart > 0) metric = referent(body, clauseStart - 1) + metric.slice(1);
    if (tenure) metric = tenure.replace(/^每届/, '');
    // 双方的代表人数应当对等，每方至少三名: each party's number is a number of the persons the clause before counts (session 37
    // (plans), read on randoms's 工资集体协商 办法).
    if (persons && EACH_PARTY.test(metric) && body[clauseStart - 1] === '，') {
      const counted = /的([\u4e00-\u9fff]{2,6}?)(?:人数|名额)/.exec(body.slice(lastBreak(body, clauseStart - 1, ACT_BREAK), clauseStart - 1));
      if (counted) metric = counted[1]!;
    }
    const bodyBy = composed ? /^(.{2,30}?)(?:一般|应当|应)?由/.exec(sentence) : null;
    if (bodyBy) metric = bodyBy[1]! + (member?.[1] ?? '');
    if (post) metric = post[1]!;
    if (margin) metric = sentence.slice(0, margin.index).replace(/(应当|应|必须|须)?(分别)?$/, '') || metric;
    // …三至五人组成；人口较多的村不超过七人: a limit right after a body's size in the same sentence bounds the same body.
    const sized = !composed && persons && before && before.comparator !== '=' ? [...out].reverse().find((t) => t.path === unit.path && composedSpans.has(t) && !/[。]/.test(body.slice(t.span[1] - unit.span[0], at))) : undefined;
    if (sized) metric = sized.metric;
    // 地区生产总值总量力争突破3000亿元，年均增长7%以上: a bare rate is the rate of the quantity before it in the sentence
    // (session 29, read on real 任务分工方案 of five-year plans).
    if (RATE_ONLY.test(metric)) {
      const prev = [...out].reverse().find((t) => t.path === unit.path && t.span[1] - unit.span[0] <= at && !/[。；]/.test(body.slice(t.span[1] - unit.span[0], at)));
      if (prev && !RATE_ONLY.test(prev.metric)) metric = prev.metric.replace(/(总量|总额|规模)$/, '') + metric;
    }
    // 嘉定区到2025年底，50平方公里以上建设用地面积达到…; 全市首批100个…示范社区全面建成; …锦江区、成华区50%的城市社区建成…:
    // the words before the number say only where or which batch, the counted thing follows the unit up to its verb
    // (session 31 (plans), real district and city plans).
    // (Nothing at all before the number in its clause: the same, 到2025年底，50平方公里以上建设用地面积达到….)
    if (!keep && !change && !cuedPeriod && !alt && (said === '' || scopeOnly(said))) {
      const tail = body.slice(rest, clauseEnd).replace(/^的/, '');
      const thing = THING_THEN_VERB.exec(tail);
      if (thing) metric = thing[1]!;
      // 城阳区、崂山区至少设置一个献血屋，市北区、平度市至少设置三个献血屋: the places say where, the clause ends with the thing
      // counted, a bare noun after the unit (session 38, read on the unseen set's 青岛 规定: 崂山区 ≥ 1 个 was the metric).
      else if (said !== '' && BARE_THING.test(tail)) metric = tail;
    }
    // 每个市（州）举办1—2场青少年科技创新成果展示交流活动, 村民委员会和居民委员会中应当至少有一名女性成员, …与全市50所中小学开展馆校
    // 合作: the words before the number give only a scope (每个X, X中, 全市) and a verb of holding or doing; the counted thing is the
    // noun after the unit, to the clause's end (session 41 (plans)).
    if (!keep && !change && !cuedPeriod && !alt && !staffed && SCOPED_ACT.test(metric)) {
      const counted = body.slice(rest, clauseEnd).replace(/^的/, '').trim();
      if (counted.length >= 2 && counted.length <= 16 && !/[，。；：、]/.test(counted) && !onlyVerbs(counted, lexicon)) metric = counted;
    }
    if (attained) metric = attained;
    // 评审会议应当有9名以上…专家参加: after 有 the counted thing follows the number, up to the verb it does (session 35 (plans)).
    if (/^[^，。；]{0,12}?(?:应当|应|必须|须)?有$/.test(metric)) {
      const had = /^([^，。；]{2,20}?)(?:参加|出席|参与|在场|组成|担任)/.exec(body.slice(rest, clauseEnd)) ?? /^([^，。；]{2,12})$/.exec(body.slice(rest, clauseEnd));
      if (had) metric = had[1]!;
    }
    // 新建区的绿地面积，应当占总用地面积的百分之三十五以上: the share a thing takes of a whole is the share of that thing — the
    // words before 占, or the noun the clause before ends with (session 35 (plans)).
    const occupies = unitStr === '%' ? /^(.*?)(?:应当|应|必须|须)?占/.exec(metric) : null;
    if (occupies) {
      const owner = (occupies[1]!.length >= 2 ? occupies[1]! : body[clauseStart - 1] === '，' ? referent(body, clauseStart - 1) : '').replace(ARTICLE_HEAD, '').replace(LABEL_HEAD, '');
      if (owner.length >= 2) metric = owner;
    }
    // 建立并保存…信息记录，保存期不得少于10年: how long a thing is kept measures the thing kept, the object of 保存 in the clause
    // before (session 35 (plans)).
    if (KEPT_TERM.test(metric) && body[clauseStart - 1] === '，') {
      const kept = /保存([^，。；]{2,40})$/.exec(body.slice(lastBreak(body, clauseStart - 1, ACT_BREAK), clauseStart - 1));
      if (kept) metric = kept[1]!;
    }
    // 应当提取不超过农业技术性收入的百分之五十，奖励…人员: a share set aside with nothing named but the verb is the share for the use
    // the next clause states (session 35 (plans), as a share of money by its use above).
    if (unitStr === '%' && /(?:应当|应|必须|须)(?:提取|提留|划拨|安排)$/.test(metric) && body[clauseEnd] === '，') {
      const use = body.slice(clauseEnd + 1, nextBreak(body, clauseEnd + 1, ACT_BREAK)).trim();
      if (use.length >= 4 && use.length <= 30) metric = use;
    }
    // 噪声夜间应当控制在50分贝以内: the bearer's modal verb closing the metric is no part of the counted thing (session 35 (plans)).
    if (metric.length > 4 && /(?:应当|必须)$/.test(metric)) metric = metric.slice(0, -2);
    // 室外噪音…执行，白天控制在55分贝以内，夜间控制在45分贝以内; 噪声夜间应当控制在50分贝以内: a time of day qualifies the limit and is
    // no part of the thing limited: the words before it, else the thing the target before in the sentence limits, else the
    // subject of the clause before (session 39 (plans), read on randomk's 商丘 古城 条例, gold 室外噪音 ≤ 55 / ≤ 45 分贝).
    const daytime = cues.timeOfDay.find((w) => metric.endsWith(w));
    if (daytime) {
      const own = metric.slice(0, -daytime.length).replace(/(?:的|在)$/, '');
      const prev = [...out].reverse().find((t) => t.path === unit.path && t.unit === unitStr && !/[。；]/.test(body.slice(t.span[1] - unit.span[0], at)));
      const named = own.length >= 2 ? own : (prev?.metric ?? (body[clauseStart - 1] === '，' ? subjectOf(body.slice(lastBreak(body, clauseStart - 1, ACT_BREAK), clauseStart - 1)) : undefined));
      if (named) metric = named;
    }
    // 每次…一般为二百毫升，最多不得超过四百毫升: a clause that is only the comparator and the number
    // limits the same quantity as the target before it in the measure (same unit).
    if (!metric) {
      const prev = [...out].reverse().find((t) => t.path === unit.path && t.unit === unitStr);
      if (!prev || !before || before.at !== 0) continue;
      metric = prev.metric;
    }
    const target: ExtractedTarget = {
      path: unit.path,
      name: body.slice(clauseStart, rest),
      metric,
      comparator,
      value: n.value,
      valueMax: n.valueMax,
      unit: unitStr,
      year: year ? Number(year) : leadYear,
      span: [unit.span[0] + clauseStart, unit.span[0] + rest],
    };
    out.push(target);
    if (composed) composedSpans.add(target);
  }
  if (options.lawTaxRates) out.push(...taxRates(body, unit).filter((t) => !out.some((o) => o.span[1] >= t.span[0] && o.span[0] <= t.span[1])));
  return out;
}

/** lawTaxRates (session 46, helper extract3): the rates a tax preference fixes — a deduction or amortisation of a base at a share
 *  (按照研究开发费用的百分之五十加计扣除 → 研究开发费用加计扣除 = 50 %; 按照无形资产成本的百分之一百五十摊销) and the rate a tax is levied
 *  at (按照百分之十五的税率征收企业所得税, 减按百分之十五的税率征收 → 企业所得税税率 = 15 %): the figure the law fixes, as randomr's
 *  漕河泾 gold reads its reduced rate. */
const TAX_BASE_SHARE = /按照?([\u4e00-\u9fff]{2,12}?)的百分之([一二三四五六七八九十百零]+)(加计扣除|摊销)/g;
const TAX_RATE = /按照?百分之([一二三四五六七八九十百零]+)的?税率(?:征收|缴纳|计征|计缴)([\u4e00-\u9fff]{2,8}?税)/g;

function taxRates(body: string, unit: { path: string; span: [number, number] }): ExtractedTarget[] {
  const out: ExtractedTarget[] = [];
  const push = (m: RegExpMatchArray, metric: string, numeral: string) => {
    const value = parseChineseNumeral(numeral);
    if (!value) return;
    const start = m.index!;
    out.push({ path: unit.path, name: m[0], metric, comparator: '=', value, unit: '%', span: [unit.span[0] + start, unit.span[0] + start + m[0].length] });
  };
  for (const m of body.matchAll(TAX_BASE_SHARE)) push(m, m[1]! + m[3]!, m[2]!);
  for (const m of body.matchAll(TAX_RATE)) push(m, `${m[2]!}税率`, m[1]!);
  return out;
}

/**
 * The comparator cue governing a number, from the clause before it: right before it (不少于30场),
 * or with a short verb between (至少参加一次; at most options.verbGap characters), or for a percentage,
 * before the whole it is a share of (不得低于机构岗位总量的百分之八十; within options.percentReach). `at` is where the cue starts in the clause.
 */
function cueBefore(clause: string, cues: TargetCues, percent: boolean, options: Pick<ExtractOptions, 'percentReach' | 'verbGap'>): { comparator: ExtractedTarget['comparator']; at: number } | undefined {
  for (let gap = 0; gap <= options.verbGap; gap++) {
    const head = clause.slice(0, clause.length - gap);
    const c = cues.before.find((x) => head.endsWith(x.phrase));
    if (c && (gap === 0 || (c.comparator !== '=' && /^[\u4e00-\u9fff]+$/.test(clause.slice(head.length))))) {
      return { comparator: c.comparator, at: head.length - c.phrase.length };
    }
  }
  if (percent && (clause.endsWith('的') || cues.whole.some((w) => clause.endsWith(w)))) {
    // The cue ending nearest before the share; the longest cue ending there (不得低于, not 低于).
    for (let end = clause.length - 1; end >= Math.max(1, clause.length - options.percentReach); end--) {
      const head = clause.slice(0, end);
      const c = cues.before.find((x) => head.endsWith(x.phrase) && x.comparator !== '=');
      if (c) return { comparator: c.comparator, at: end - c.phrase.length };
    }
  }
  return undefined;
}

/** Breaks of a clause that leave a 、 inside it. */
const ITEM_BREAK = /[，。；：！？\n]/;
/** The whole a share bounds when its clause is `cue` + whole + 的 + the share, the clause opening a list item's text or following a
 *  case (…的，) or a sentence's start (session 48, boundWholeShare): 不低于转让费、许可使用费净收入的20% → (>=, 转让费、许可使用费净收入).
 *  Not after a clause naming the thing bounded (年度支出，不得低于…的百分之七十: the referent rule above reads that). */
function boundWhole(body: string, at: number, cues: TargetCues): { comparator: ExtractedTarget['comparator']; whole: string } | undefined {
  const start = lastBreak(body, at, ITEM_BREAK);
  const clause = body.slice(start, at).replace(LABEL_HEAD, '');
  if (!clause.endsWith('的')) return undefined;
  const prev = body.slice(Math.max(0, start - 2), start);
  if (start > 0 && !/[：:。；\n]$/.test(prev) && !/的[，,]$/.test(prev)) return undefined;
  const cue = cues.before.filter((c) => c.comparator !== '=' && clause.startsWith(c.phrase)).sort((a, b) => b.phrase.length - a.phrase.length)[0];
  if (!cue) return undefined;
  const whole = clause.slice(cue.phrase.length, -1);
  if (whole.length < 2 || whole.length > 20 || !/^[\u4e00-\u9fff、]+$/.test(whole) || whole.includes('的')) return undefined;
  return { comparator: cue.comparator, whole };
}

/** The noun phrase of the clause that ends at `end` (a break): 以从事…的专业科技人员为主 → 从事…的专业科技人员. */
function referent(body: string, end: number): string {
  const prev = body.slice(lastBreak(body, end), end);
  return prev.replace(/^(以|由|对|按|其中)/, '').replace(/(为主|为准|为限|为宜)$/, '').slice(-20);
}

/** The thing a clause is about: its words before the first word of its predicate, after their last 的 (归德府古城内的室外噪音严格
 *  按照…执行 → 室外噪音); none when that is not a short noun (session 39 (plans)). */
function subjectOf(clause: string): string | undefined {
  const head = clause.replace(ARTICLE_HEAD, '').replace(LABEL_HEAD, '').split(PREDICATE_START)[0]!;
  const noun = head.slice(head.lastIndexOf('的') + 1);
  return /^[\u4e00-\u9fff]{2,10}$/.test(noun) ? noun : undefined;
}

/** Where a clause's predicate starts: a modal, a manner adverb or a verb of keeping to a rule (session 39 (plans)). */
const PREDICATE_START = /应当|必须|严格|按照|依照|参照|执行|实行|不得|控制|符合|达到/;

/** 至少每周联系和交流 (before 一次): a comparator before a period, then the act (session 15). */
const PERIOD_CUED = /(至少|不少于)每(?:[一二三四五六七八九十两\d]+个?)?(年|半年|季度|月|周|日|天|学年|学期)([\u4e00-\u9fa5]{2,10})$/;
/** 每年至少向职工代表大会或者全体职工报告 (before 一次): the comparator after the period, an addressee, the act (session 42 (plans)). */
const PERIOD_CUED_AFTER = /每(?:[一二三四五六七八九十两\d]+个?)?(年|半年|季度|月|周|日|天|学年|学期)(至少|不少于)(?:向[\u4e00-\u9fa5、]{1,24}?)?(报告|通报|汇报|公布|公开|进行|组织|开展|举办|召开|检查|评估|检测)$/;
/** A metric that is only a period (每半年, 每年, 每两个月; not 检测机构每季度: a metric with more before the period was tried and
 *  lost randomp's targets 0.75 → 0.50). */
/** dutySpan (session 44): the units of a span of consecutive periods, the duty's modal in its clause, the recurring act right after
 *  it (，每年从…营业利润中提取; its comparator and share cut off: 不低于百分之十的比例). */
const SPAN_UNIT = /^(年|个月)$/;
const DUTY_MODAL = /应当|必须/;
const SPAN_ACT = /^[，,]?((?:每年|每月|每季度|每半年)[^，。；：]{2,40})/;
const SPAN_ACT_END = /(不得低于|不应低于|不低于|不少于|不得少于|至少|不超过|不得超过|不高于)[\s\S]*$/;
/** permittedBound (session 44): a permission to enjoy or receive (可以…享受, 可以享有) is a right; its cap is no target. */
const ENJOYED = /可以[^，。；]{0,8}?(享受|享有|享用|使用|获得|领取)/;
const BARE_PERIOD = /^每(?:[一二三四五六七八九十两\d]+个?)?(?:年|半年|季度|月|周|日|天|学年|学期)$/;
/** 每年进行, 每年对学生进行, 每三年评选表彰 (before 一次): a frequency per period (sessions 13, 17); also the verbs of
 *  validating a licence or testing a thing (许可证每年验证一次, 每年审验一次, 每半年检测一次: session 22, helper extract2, read on
 *  tests/real/randomw-heldout, spent). */
/** 每年进行 …; also with the agent (每三年由原批准机关校验), a coordinated 组织开展, the persons sent (每年安排本单位女职工进行) and a
 *  publication (财务收支情况应当每月公布: session 42 (plans)). */
const PER_PERIOD = /每(?:[一二三四五六七八九十两\d]+个?)?(?:年|半年|季度|月|周|学年|学期)(?:由[\u4e00-\u9fa5]{1,12}?)?(?:(?:对|安排)[\u4e00-\u9fa5]{1,8})?(?:组织)?(?:进行|组织|开展|举办|安排|召开|评选表彰|评选|表彰|检查|评估|验证|审验|核验|检验|检测|校验|公布)$/;
/** 执业许可证明文件每三年由原批准机关校验 (before 一次): the thing handled before the period, its agent after it (session 42 (plans)). */
const PERIOD_AGENT = /^(.*?)每(?:[一二三四五六七八九十两\d]+个?)?(?:年|半年|季度|月|周|学年|学期)由[\u4e00-\u9fa5]{1,12}?(进行|检查|评估|验证|审验|核验|检验|检测|校验|公布)$/;
/** 对X进行审查, 对…予以核实: the act after 进行/予以 that a 对 phrase governs, the whole of the act's clause (session 35 (plans)). */
const TREATED = /^对[^，。；]{2,40}?(?:进行|予以)([\u4e00-\u9fff]{2,8})$/;
/** 根据…规定, 按照…程序, 依照…, 依据…: a clause giving the basis of an act (session 18). */
/** (权限, session 27: 按照管理权限, read on the spent randoms-heldout.) */
const BASIS = /^(根据|按照|依照|依据)[^，。；]*(规定|标准|要求|程序|办法|条件|权限)$/;
/** The end of a time limit's act: a clause break other than the enumeration comma (session 17). */
const ACT_BREAK = /[，。；：！？\n]/;
/** 将相关文件向…民政部门备案, 将变更情况报原备案的民政部门重新备案: in a 将/把 clause the act is the verb after
 *  the body or place it goes to (session 17). */
const DISPOSAL = /^[将把].+(?:部门|机关|机构|单位|社区|委员会|人民政府|政府)([\u4e00-\u9fa5]{2,8})$/;

/** 将信托事务处理情况及财务状况向…报告: the object of 将/把 before the verb of handing over (session 17). */
const DISPOSED_OBJECT = /^[将把]([\u4e00-\u9fa5]{2,20}?)(?:向|报|交|送|在|予以)/;

/** Verbs of handing a document to a body: the act a time limit before a meeting bounds (session 24). */
const HAND_OVER = '(提交|送交|报送|移送|呈报|递交|提出|报告)';
/** 将预算草案的初步方案提交财政经济委员会进行初步审查: what is limited is the handing over of the object of 将, not the
 *  purpose after the body (进行初步审查 is the receiver's act). */
const HANDED_OBJECT = new RegExp(`^[将把]([\\u4e00-\\u9fa5、（）]{2,40}?)${HAND_OVER}[\\u4e00-\\u9fa5]{2,30}?(?:进行|予以|作|作出)[\\u4e00-\\u9fa5]{2,8}$`);
/** 向常务委员会提交预算草案及其报告: the act is the verb and its object, the receiver before it goes. */
const TO_BODY = new RegExp(`^向[\\u4e00-\\u9fa5]{2,30}?(?:委员会|人民政府|政府|部门|机关|机构|代表大会|常务委员会|工会)${HAND_OVER}(.{2,})$`);
/** 提出对预算草案…情况的初步审查意见 → 提出初步审查意见: an 对…的 phrase inside a handed object narrows it, the object is
 *  what follows (the guideline's shortest noun phrase). */
const ABOUT = /^(提交|送交|报送|移送|呈报|递交|提出|报告)对[^，。；]{2,40}?的/;

/** The act a time limit bounds when it hands something to a body (session 24, read on the spent randomt-heldout: the
 *  deadlines of a budget-review regulation, 在…会议举行的三十日前，将…提交…进行初步审查). */
export function handedOver(act: string): string | undefined {
  const m = HANDED_OBJECT.exec(act);
  const to = m ? undefined : TO_BODY.exec(act);
  const raw = m ? m[2]! + m[1]! : to ? to[1]! + to[2]! : ABOUT.test(act) ? act : undefined;
  return raw?.replace(ABOUT, '$1');
}

function disposalVerb(act: string): string | undefined {
  return DISPOSAL.exec(act)?.[1];
}
/** 向…部门备案, 报送…部门备案, 提请…人民政府予以关闭: an act whose only words besides its verb name the body it goes to. */
const ADDRESSED = /^(向|报送|报请|提请|提交|送交|报)[^，。；]{2,40}?(?:部门|机关|人民政府|政府|委员会|机构|人民法院|人民检察院|工会)(?:予以)?([\u4e00-\u9fff]{2,4})$/;
/** The act without its addressee (tests/gold/README.md, session 29: a time limit's metric leaves out the addressee): 向…部门备案 →
 *  备案, 报送…部门备案 → 报送备案, 提请…人民政府予以关闭 → 提请关闭 (session 35 (plans)). */
function addressedAct(act: string): string | undefined {
  const m = ADDRESSED.exec(act);
  return m ? (m[1] === '向' || m[1] === '报' ? '' : m[1]!) + m[2]! : undefined;
}
/** A basis opening an act (依照本条例第十条规定的条件重新进行检查): the act follows it. */
const BASIS_HEAD = /^(?:根据|按照|依照|依据)[^，。；]*(?:规定|标准|要求|程序|办法|条件|权限)的?/;
/** A place opening an act (在特殊标志登记簿上登记). */
const PLACE_HEAD = /^在[^，。；]{1,20}?[上中内]/;
/** An addressee after the verb (移交给新一届业主委员会). */
const TO_AFTER = /^([\u4e00-\u9fff]{2,6}?)(?:给|至|到)[^，。；]{2,}$/;
/** The act of a time limit whose clause only fronts its object (将X，在…上登记; 对X，依照…重新进行检查): the next clause's verb,
 *  without its basis, place or addressee; after 将/把 with the object's first item (as listedObject reads a list), after 对 the
 *  verbal noun alone (对X进行Y → Y, session 35). Undefined when the clause holds its own verb. Session 41 (plans). */
function frontedAct(body: string, t: string, actEnd: number, lexicon: Lexicon): { act: string; end: number } | undefined {
  if (!/^[将把对]/.test(t) || body[actEnd] !== '，') return undefined;
  if (TREATED.test(t) || handedOver(t) || disposalVerb(t) || listedObject(t)) return undefined;
  const tokens = segmenter(lexicon)(t);
  if (!/^n/.test(tokens.at(-1)?.tag ?? '')) return undefined;
  // A verb after the object's last 的 is the clause's own (将…资料交全国饲料评审委员会); verbs before a 的 only qualify the object.
  const lastOf = tokens.map((w) => w.word).lastIndexOf('的');
  if (tokens.some((w, i) => i > lastOf && i > 0 && /^v/.test(w.tag) && w.tag !== 'vn')) return undefined;
  const end = nextBreak(body, actEnd + 1, ACT_BREAK);
  let next = body.slice(actEnd + 1, end).trim().replace(BASIS_HEAD, '').replace(PLACE_HEAD, '');
  next = addressedAct(next) ?? next;
  next = TO_AFTER.exec(next)?.[1] ?? next;
  next = /(?:进行|予以)([\u4e00-\u9fff]{2,8})$/.exec(next)?.[1] ?? next;
  if (next.length < 2 || next.length > 8) return undefined;
  if (t.startsWith('对')) return { act: next, end };
  const first = t.slice(1).split('、')[0]!.replace(/(及其|以及|及|和|与|或者).*$/, '');
  return { act: first.length >= 2 && first.length <= 12 ? next + first : next, end };
}
/** The verb of the act after a time limit when it is bare: a verb alone, after a manner (按选区公布) or an addressee (向社会公开),
 *  or before its addressee (送达区或者乡镇选举委员会). Session 41 (plans). */
function bareAct(t: string, lexicon: Lexicon): string | undefined {
  const tokens = segmenter(lexicon)(t);
  let i = 0;
  const told = TOLD.exec(t);
  if (told) return told[1]!;
  if (tokens[0]?.tag.startsWith('p') && /^(按|按照|依照)$/.test(tokens[0].word)) {
    i = 1;
    while (i < tokens.length && /^n/.test(tokens[i]!.tag)) i++;
  }
  const verb = tokens[i];
  if (!verb || !/^v/.test(verb.tag) || verb.tag === 'vn') return undefined;
  const tail = tokens.slice(i + 1).map((w) => w.word).join('');
  if (tail === '' || onlyVerbs(tail, lexicon)) return verb.word + tail;
  return /(部门|机关|机构|委员会|人民政府|政府|人民法院|人民检察院)$/.test(tail) ? verb.word : undefined;
}
/** The thing a time limit's act handles when it is the sentence's topic: the subject before the modal, or the clause before a
 *  limit that opens its clause (…的基本情况，在选举日的十五日以前按选区公布); none when it names a body or person that acts
 *  (`agentEnd`), closes a case (…的), holds a break or is only an adverb (至迟应当…). Session 41 (plans). */
function handledTopic(body: string, clauseStart: number, clause: string, agentEnd: string[], lexicon: Lexicon): string | undefined {
  let topic = passiveTopic(body, clauseStart, clause);
  if (!topic && /^在/.test(clause) && body[clauseStart - 1] === '，') {
    const prev = body.slice(lastBreak(body, clauseStart - 1, ACT_BREAK), clauseStart - 1).replace(ARTICLE_HEAD, '');
    if (prev.length >= 2 && prev.length <= 30 && !prev.endsWith('的') && !/(应当|必须|应|须)/.test(prev)) topic = prev;
  }
  if (!topic || topic.length > 30 || /[，。；：]/.test(topic) || segmenter(lexicon)(topic).every((w) => /^(d|ad|c|p)/.test(w.tag))) return undefined;
  return agentEnd.some((a) => topic!.endsWith(a)) ? undefined : topic;
}
/** Verbs that hand over, show or tell a list of things (公示, 告知, 提供 …). */
const LIST_VERB = '(公示|公布|公告|告知|通知|提供|提交|报送|送交|送达|移交|交付|出具|退还|返还)';
/** 向社会公开, 向县级人民政府备案: an addressee and a verb that makes a thing known or files it (the segmenter tags these verbs
 *  as nouns or adverbs). */
const TOLD = new RegExp(`^向[^，。；]{1,20}?(公开|备案|报告|通报|${LIST_VERB.slice(1, -1)})$`);
/** 向筹备组提供业主名册、…配置清单等筹备业主大会会议必要的资料: the list's own name after 等. */
const TO_LISTED = new RegExp(`^(?:向[^，。；、]{1,20}?)?${LIST_VERB}[^，。；]*、[^，。；]*等([^，。；、等]{2,20})$`);
/** 将会议议题及其具体内容、时间、地点、方式等予以公示: a list before the verb, named by its first item. */
const LISTED_THEN_VERB = new RegExp(`^[将把]([^，。；]*、[^，。；]*?)等(?:予以|向[^，。；]{1,20}?)?${LIST_VERB}`);
/** The act a time limit bounds when its object is a list (A、B、C等X): the verb and the list's name after 等, else the verb and
 *  the list's first item without what it joins (及其, 以及, 和 …): the shortest noun phrase that names what is handed over
 *  (tests/gold/README.md, targets; session 37 (plans), read on randomi's 丽水 物业管理 条例: 提供筹备业主大会会议必要的资料,
 *  公示会议议题, 告知物业产权转移情况). */
export function listedObject(act: string): string | undefined {
  const named = TO_LISTED.exec(act);
  if (named) return named[1]! + named[2]!;
  const listed = LISTED_THEN_VERB.exec(act);
  if (!listed) return undefined;
  const first = listed[1]!.split('、')[0]!.replace(/(及其|以及|及|和|与|或者).*$/, '');
  return first.length >= 2 ? listed[2]! + first : undefined;
}

/** Each party (每方, 每一方, 双方各): whose number a clause states. */
const EACH_PARTY = /^(?:每一?方|双方各|各方)$/;

/** Units of persons or things bounded N名或者N名以上 (session 37 (plans)). */
const OR_MORE_UNITS = /^(名|人|个)$/;

/** Units of places or things counted (一处, 一个, 一所 …): what follows them is the thing (session 37 (plans)). */
const COUNTED_PLACE = /^(处|个|所|座|块|家)$/;
/** Units of size (an area, a length). */
const SIZE_UNIT = /^(平方米|平方公里|亩|公顷|米|千米|公里)$/;
/** The measure a size is stated by, right before the number (占地面积, 建筑面积 …), right after a count of the things sized. */
const COUNTED_SIZE = /[一二三四五六七八九十两\d]+(?:处|个|所|座|块)((?:占地|建筑|用地|使用)?面积|长度|宽度)$/;

/** 可以 in the number's clause (not 可以申请 of a party's right: the time-limit rules read those), session 35 (plans). */
const PERMITTED = /可以/;
/** 可从 (可 written alone for 可以 before the source a share is drawn from), not inside 许可, 认可 or 不可 (session 46, helper extract3). */
const SHORT_PERMITTED = /(?<![许认不])可从/;
/** 可自…日内, 可在…日内: 可 alone for 可以 before a window's start, not inside 许可, 认可, 不可, 即可, 宁可 (session 48). */
const SHORT_WINDOW = /(?<![许认不即宁])可(?:自|在)/;
/** 第一百二十条: a reference to an article (session 35 (plans)). */
const ARTICLE_REF = /第[一二三四五六七八九十百零\d]+条/;
/** 是指, 所指: a definition's verb (session 35 (plans)). */
const DEFINITION = /是指|所指/;
/** 保存期, 保存期限: how long a thing is kept (session 35 (plans)). */
const KEPT_TERM = /^(?:其)?保存(?:期|期限|年限|时间)$/;
/** 签订, 具有 right before a count of years (session 35 (plans)). */
const REQUIRE_VERB = /(?:签订|订立|续订|具有|具备)$/;
/** What the years measure: a contract, an agreement or an experience, the last such head of the clause (劳动合同或者服务协议,
 *  刑事辩护执业经历 of 具有五年以上刑事辩护执业经历的律师; session 35 (plans)). */
const REQUIRED_THING = /^[^，。；：]*(?:经历|经验|工龄|合同|协议)/;
/** 预备役列兵、上等兵各为 (after 其中，): the part of a whole and its 为 (session 35 (plans)). */
const PART = /^([\u4e00-\u9fff、]{2,20}?)各?为$/;
/** 从许可、转让的净收入中提取, 每年从实施该项专利的营业利润中提取: the sum a share is drawn from, in the share's own clause before its
 *  limit cue (session 49 helper extract2, shareDrawnBase). */
const DRAWN_BASE = /(?:从|在)([\u4e00-\u9fff、]{2,30}?)[中内](?:提取|提留|计提)$/;
/** A validity, a time limit or a count before the verb: not a thing kept (有效期内保存: no). */
const KEPT_NOT = /有效期|期限|时限|年限/;
/** Words of the topic's edge that are no part of the thing kept: the keepers (双方, 各自), modals, adverbs of manner. */
const KEPT_EDGE = /(应当|应|必须|须|均|并|完整|妥善|全部|一律|至少|依法|各自|分别|双方|各方)$/;
/** The thing a duration of keeping bounds: 有关信息与资料自展会举办之日起应当保存至少三年 → 保存有关信息与资料. The cue right after the
 *  verb (保存至少) or right before it (至少保存, the verb within verbGap); the topic before the verb, after a 将/把 it holds, its 自…起
 *  and modal cut, after its last 的 when three characters or more follow; a clause with no topic (…建立原始记录和统计台账，应当至少保存2年)
 *  reads the clause before: the object of its last verb of making, its subject before a modal, or the clause itself, ending in a record word
 *  (target-cues.txt `keptThing`). */
function keptThing(body: string, clauseStart: number, clause: string, cueAt: number, cues: TargetCues): string | undefined {
  const head = clause.slice(0, cueAt);
  const between = clause.slice(cueAt).replace(/^(至少|不少于|不得少于|不应少于|最少|不低于)/, '');
  const verbAfter = cues.keptVerb.find((v) => head.replace(/(完整|妥善|全部)$/, '').endsWith(v));
  let verb: string;
  let topic: string;
  if (verbAfter && between === '') {
    verb = verbAfter;
    topic = head.replace(/(完整|妥善|全部)$/, '').slice(0, -verbAfter.length);
  } else if (cues.keptVerb.includes(between)) {
    verb = between;
    topic = head;
  } else return undefined;
  if (KEPT_NOT.test(topic)) return undefined;
  const cut = (t: string) => {
    let x = t.replace(ARTICLE_HEAD, '').replace(LABEL_HEAD, '').replace(/自[^，。；]{1,30}?起/g, '');
    x = x.slice(Math.max(x.lastIndexOf('将'), x.lastIndexOf('把')) + 1).replace(/^(并且|并|且|均|应当|应|必须|须|作出|做出|建立|制作|填写)+/, '');
    for (let prev = ''; prev !== x; ) {
      prev = x;
      x = x.replace(KEPT_EDGE, '');
    }
    const noun = x.slice(x.lastIndexOf('的') + 1);
    return noun.length >= 3 ? noun : x;
  };
  topic = cut(topic);
  if (topic.length < 2 && body[clauseStart - 1] === '，') {
    const prevClause = body.slice(lastBreak(body, clauseStart - 1, ACT_BREAK), clauseStart - 1);
    const made = /.*(?:建立|登记|保存|留存|制作|填写|归档)([\u4e00-\u9fff、]{2,20})$/.exec(prevClause)?.[1];
    const subject = /^(.{2,30}?)(?:应当|应|必须|须)/.exec(prevClause.replace(ARTICLE_HEAD, '').replace(LABEL_HEAD, ''))?.[1];
    // (…the clause before may itself be the noun phrase kept: 统计调查中取得的统计调查对象的原始资料，应当至少保存2年.)
    topic = [made, subject, prevClause].map((t) => (t ? cut(t) : '')).find((t) => cues.keptThing.some((w) => t.endsWith(w))) ?? '';
  }
  return /^[\u4e00-\u9fff、]{2,24}$/.test(topic) ? verb + topic : undefined;
}

/** 用于…: the use a share of money is put to (session 35 (plans)). */
const USE = /^用于[^，。；]{2,30}$/;
/** 设 and the posts before a number of persons (设主任一名、副主任…), the last post named right before it. */
const POSTS_SET = /(?:^|[，；])设(?:[\u4e00-\u9fff]{1,6}?[一二三四五六七八九十两\d]+(?:至[一二三四五六七八九十两\d]+)?[名人]、)*([\u4e00-\u9fff]{1,6})$/;
/** The members' noun between a body's size and 组成 (单数委员, 单数成员, 成员). */
const MEMBERS_BEFORE_COMPOSE = /^(?:单数|双数)?(成员|委员|人员|代表)?(?=组成)/;
/** A share set aside from a sum (在税后利润中提取, 从…收入中提取), the verb closing the clause before the number. */
const SET_ASIDE_SHARE = /[中内](?:提取|提留|计提)$/;
const SET_ASIDE_FROM = /(?:在|从)([\u4e00-\u9fff]{1,20}?[中内](?:提取|提留|计提))$/;
/** 提取资金, 安排资金: an act of setting money aside, its object the fund (session 35 (plans)). */
const SET_ASIDE = /^(?:提取|提留|划拨|划出|安排|留出)([\u4e00-\u9fff]{0,10}?(?:资金|经费|基金|金|款))$/;
/** The fund a share is of and the use it goes to, as one noun phrase (用于发展残疾人事业的福利彩票公益金), when the act after a share
 *  is a use (用于…) of the sentence's subject before its modal verb, or sets a fund aside for the use in the next clause. */
function allocatedFund(body: string, clauseStart: number, clauseEnd: number, act: string): string | undefined {
  if (USE.test(act)) {
    const subject = /^(.{2,40}?)(?:应当|应|必须|须)/.exec(body.slice(clauseStart, clauseEnd).replace(ARTICLE_HEAD, ''));
    const fund = subject?.[1]!.split('的').at(-1)!.trim();
    return fund && fund.length >= 2 && !/[，。；]/.test(fund) ? `${act}的${fund}` : undefined;
  }
  const aside = SET_ASIDE.exec(act);
  if (!aside) return undefined;
  const end = nextBreak(body, clauseStart, ACT_BREAK);
  const next = body[end] === '，' ? body.slice(end + 1, nextBreak(body, end + 1, ACT_BREAK)).trim() : '';
  return USE.test(next) ? `${next}的${aside[1]}` : undefined;
}
/** A metric that is only the bearer of a duty and its modal verb (县（市）应当, 学校必须). */
const MODAL_END = /(应当|应|必须|须)$/;
/** A metric that is the modal verb alone (应当高于…: session 52 helper extract2, options.modalOnlyReferent). */
const MODAL_ONLY = /^(?:应当|应|必须|须)$/;

function nextBreak(body: string, from: number, breaks: RegExp = CLAUSE_BREAK): number {
  for (let i = from; i < body.length; i++) if (breaks.test(body[i])) return i;
  return body.length;
}

function onlyVerbs(metric: string, lexicon: Lexicon): boolean {
  if (metric.length === 0) return true;
  const tokens = segmenter(lexicon)(metric);
  return tokens.every((t) => /^(v|d|ad|p|c|u)/.test(t.tag) && t.tag !== 'vn');
}

/** An extension's period (延长期限, 延长的期限, 延期…) in a sentence that, or whose sentence before, has a party apply for it
 *  (延期申请, 申请延期, 申请办理延期…手续, 申请延长): session 36 (plans), read on randomq's 河南 城乡规划 办法. */
const EXTENSION = /延长(?:的)?期限|延期/;
/** A right a party keeps by acting in time (session 22: 优先权…三个月内登记, 异议…七日内提出), and the acts that keep it (with a manner
 *  or an addressee before 提出: 书面向村民选举委员会提出; session 41 (plans), randomz's 河南 村委会 办法). */
const RIGHT_KEPT = /异议|优先权/;
const RIGHT_KEPT_ACT = /^提出|登记|^(?:书面)?向[^，。；]{1,20}?(?:书面)?提出$/;
/** Units of a sum of money (元, 万元, 亿元). */
const MONEY_UNIT = /元$/;
const EXTENSION_APPLIED = /延期申请|申请(?:办理)?延[期长]/;
function partyExtension(body: string, at: number): boolean {
  const start = lastBreak(body, at, SENTENCE_BREAK);
  if (!EXTENSION.test(body.slice(start, at))) return false;
  const before = start > 0 ? lastBreak(body, start - 1, SENTENCE_BREAK) : start;
  return EXTENSION_APPLIED.test(body.slice(before, at));
}

function lastBreak(body: string, at: number, breaks: RegExp = CLAUSE_BREAK): number {
  for (let i = at - 1; i >= 0; i--) if (breaks.test(body[i])) return i + 1;
  return 0;
}

/** （一）, (1), 一、, 1. and an article's heading at the start of a metric (session 26). */
const LABEL_HEAD = /^(?:第[一二三四五六七八九十百零]+条[\s　]*)?(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．])?/;
/** An item of a listed limit: an optional label and 其中, the subject, 为 (before the number; session 26). */
const LISTED_ITEM = /^(?:[（(][一二三四五六七八九十\d]+[）)])?(?:其中)?([\u4e00-\u9fff]{2,30}?)(为|不得少于|不少于|不得低于|不低于|不得超过|不超过)$/;
/** The comparator of an item's own limit word (为 takes the lead's). */
const ITEM_LIMIT: Record<string, ExtractedTarget['comparator']> = { 不得少于: '>=', 不少于: '>=', 不得低于: '>=', 不低于: '>=', 不得超过: '<=', 不超过: '<=' };

/** The comparator of a quantity named with its bound right before the number's cue (最高时速, 最低工资标准, 最长期限): the bound
 *  word of cues.list, then at most four characters of its noun (not an organ: 最高人民法院). */
export function boundedQuantity(head: string, cues: TargetCues): ExtractedTarget['comparator'] | undefined {
  return cues.list.find((c) => new RegExp(`${c.phrase}(?!人民)[\u4e00-\u9fff]{1,4}$`).test(head))?.comparator;
}

/** The lead of a list of limits in a measure (下列…的最低保修期限为：): its quantity (最低保修期限), comparator and where it
 *  ends; from target-cues.txt `list` and `listHead` (session 26). */
function listLead(body: string, cues: TargetCues): { metric: string; comparator: ExtractedTarget['comparator']; end: number } | undefined {
  if (!cues.list.length || !cues.listHead.length || !/[：:]/.test(body)) return undefined;
  const re = new RegExp(`((${cues.list.map((c) => c.phrase).join('|')})[\\u4e00-\\u9fff]{0,6}?(?:${cues.listHead.join('|')}))(?:分别)?(?:为|如下)[：:]`);
  const m = re.exec(body);
  if (!m) return undefined;
  const cue = cues.list.find((c) => c.phrase === m[2])!;
  return { metric: m[1]!, comparator: cue.comparator, end: m.index + m[0].length };
}

/** A deadline opening a sentence (到2025年，/ 力争到2025年底，/ 2025年底前，), and the breaks that end a sentence (session 29:
 *  the year a plan's targets are due by; 截至2023年底 counts what was done and is no deadline). */
/** What the units counted by a share attain: the units (县（区）, 村, 企业; up to 12 characters) and a verb of attainment
 *  with its object, to the clause's end. */
const UNITS_ATTAIN = /^的([\u4e00-\u9fff（）()]{1,12}?)((?:通过|达到|建成|实现|完成|具备|获得|纳入|创成|建立)[^，。；：]{1,30})$/;
/** The share's metric when a plan's sentence aims at it (到2027年, 力争, 确保 before the number) and the units it counts
 *  attain something in the rest of the clause: 县（区）通过…国家评估认定; else undefined. */
function shareAttaining(body: string, at: number, rest: number, clauseEnd: number): string | undefined {
  if (!AIMED.test(body.slice(lastBreak(body, at, SENTENCE_BREAK), at))) return undefined;
  const m = UNITS_ATTAIN.exec(body.slice(rest, clauseEnd).trim());
  return m ? `${m[2]}的${m[1]}`.slice(0, 40) : undefined;
}

// (A place may stand before the deadline as the sentence's subject: 某某区到2025年底，…; session 31 (plans).)
const SENTENCE_DEADLINE = /^(?:[\u4e00-\u9fff]{1,8}?(?:省|市|区|县|镇|乡)(?=到|至))?(?:力争|争取|确保|计划|预计)?(?:(?:到|至)((?:19|20)\d{2})年(?:年?底|末)?(?:前|以前)?|((?:19|20)\d{2})年(?:年?底|末)?(?:前|以前))[，,]/;
const SENTENCE_BREAK = /[。；！？\n]/;
/** Whether the number at `at` (its unit ending at `rest`) stands in its sentence's case: the sentence closes a case (cues.caseClose,
 *  的 or 时 right before a comma, a semicolon or the sentence's end) after the number, and no word of a main clause (cues.caseMain)
 *  stands before the number in the sentence or between it and that close. A later clause that opens a case of its own
 *  (cues.caseOpen: 对符合条件的，, 确需增加的，) closes none of the number's clause. Session 40 (plans). */
function inCase(body: string, at: number, rest: number, cues: TargetCues): boolean {
  const start = lastBreak(body, at, SENTENCE_BREAK);
  if (cues.caseMain.some((w) => body.slice(start, at).includes(w))) return false;
  const end = nextBreak(body, rest, SENTENCE_BREAK);
  for (let i = rest; i < end; i++) {
    if (cues.caseMain.some((w) => body.startsWith(w, i))) return false;
    if (!cues.caseClose.includes(body[i]!) || !(i + 1 === end || CASE_AFTER.test(body[i + 1]!))) continue;
    if (cues.notCase.some((w) => body.startsWith(w, i + 1 - w.length))) continue;
    const open = Math.max(lastBreak(body, i, CLAUSE_BREAK), rest);
    const clause = body.slice(open, i).trimStart();
    return open === rest || !cues.caseOpen.some((w) => clause.startsWith(w));
  }
  return false;
}
/** What follows a case's close: a comma or a semicolon (a sentence's end is `end`). */
const CASE_AFTER = /[，,；;]/;
/** 年均增长, 增速, 年均增幅: a rate with no quantity of its own (session 29). */
const RATE_ONLY = /^(年均|平均|每年)?(增长|增速|增幅|增长率|提高|下降|降低)$/;
/** 到2025年，全市经济社会发展主要指标如下： — a unit whose last sentence opens with a deadline and ends in a colon dates the
 *  targets of the items under it (session 29, read on real 任务分工方案 of five-year plans). */
export function leadDeadline(unitText: string): number | undefined {
  const t = unitText.trimEnd();
  if (!/[：:]$/.test(t)) return undefined;
  const year = sentenceDeadline(t.slice(lastBreak(t, t.length - 1, SENTENCE_BREAK)).replace(LABEL_HEAD, ''));
  return year ? Number(year) : undefined;
}
function sentenceDeadline(sentence: string): string | undefined {
  const m = SENTENCE_DEADLINE.exec(sentence);
  return m ? (m[1] ?? m[2]) : undefined;
}
/** 第三条　: an article's own heading at the start of its first sentence. */
const ARTICLE_HEAD = /^第[一二三四五六七八九十百零]+条[\s　]*/;
/** A bound or 各 between a zone's place word and its distance (两侧各1000米, 外延不低于二百米; session 35 (plans)). */
const ZONE_BOUND = /(?:各|不低于|不小于|不少于|不超过|不大于)$/;
/** After a distance: the range or area it marks out (5米范围内, 1500米范围内, 200米区域, 5米以外的…; session 35 (plans)). */
const ZONE_AFTER = /^(?:(?:以内|以外|之内|之外|内|外)?(?:的)?(?:范围|区域|地带|地域)|(?:以内|以外)的)/;
/** 米, 千米, 公里: a length (session 21). */
const LENGTH_UNIT = /^(米|千米|公里|厘米|毫米)$/;
/** 比应选名额多 (before 一人): a margin over a number (session 21). */
const MARGIN = /比[\u4e00-\u9fa5]{1,10}多$/;
/** 按照得票多少的顺序 (before 张榜公布): the manner of an act (session 21). */
const MANNER = /^(?:按照|依照|依据|根据)[^，。；]*?(?:顺序|方式|程序|形式)/;

/** What a time limit's act is done to when its agent follows (由…公布): the topic before the modal verb, in the clause
 *  (名单应当在…) or the clause before it (名单，应当在…; session 21). */
function passiveTopic(body: string, clauseStart: number, clause: string): string | undefined {
  const modal = /^(.*?)(应当|必须|应|须)/.exec(clause);
  if (!modal) return undefined;
  if (modal[1]!.length >= 2) return modal[1]!.replace(/^(第[一二三四五六七八九十百零]+条[\s　]*)/, '');
  if (modal[1]!.length === 0 && body[clauseStart - 1] === '，') {
    const prev = body.slice(lastBreak(body, clauseStart - 1, ACT_BREAK), clauseStart - 1).replace(ARTICLE_HEAD, '');
    // 其成员不满三人的，应当…: a condition (ending in 的) is no topic.
    return prev.length >= 2 && prev.length <= 30 && !prev.endsWith('的') ? prev : undefined;
  }
  return undefined;
}

/** 确保2020年我省公民具备科学素质比例达到 → 公民具备科学素质比例 */
/** A place (嘉定区, 成华区, 某某新区), several joined by 、, or a batch (首批, 第二批): where or which, not what is counted. */
const SCOPE = /^(?:[\u4e00-\u9fff]{1,8}(?:省|自治区|市|州|盟|区|县|旗|镇|乡|街道)|首批|第[一二三四五六七八九十\d]+批|全市首批|全省首批)$/;
function scopeOnly(metric: string): boolean {
  const m = metric.replace(/[到至]$/, '');
  return m.length > 0 && m.split('、').every((p) => SCOPE.test(p));
}
/** The counted thing after a number's unit, up to the verb that commits to it (建设用地面积达到…, 示范社区全面建成). */
/** A clause's end that is only the thing counted: a noun of two to twelve characters (献血屋, 社区卫生服务中心). */
const BARE_THING = /^[\u4e00-\u9fff]{2,12}$/;
/** A scope and a verb of holding or doing, nothing else (每个市（州）举办, 村民委员会和居民委员会中应当至少有, 宁波科学探索中心与全市): the
 *  counted thing follows the number (session 41 (plans)). */
const SCOPED_ACT = /^(?:每[个一]?[\u4e00-\u9fff（）、]{1,8}?|[\u4e00-\u9fff、]{2,20}中|[\u4e00-\u9fff、]{0,16}?(?:全市|全省|全区|全县|本市|本省|本区|本县))(?:应当|应|必须|须)?(?:至少|不少于)?(?:举办|开展|组织|有|建设|建立|设立|设置|配备|完成)?$/;
const THING_THEN_VERB = /^([\u4e00-\u9fff（）()]{2,24}?)(?:全面建成|基本建成|建成|达到|实现|完成|覆盖)/;

function cleanMetric(raw: string, cues: TargetCues, unit: string): string {
  let s = raw.replace(/((?:19|20)\d{2})年(底|前|末)?/g, '').replace(/^[到至]/, '');
  let changed = true;
  while (changed && s.length > 0) {
    changed = false;
    for (const w of cues.strip) {
      if (s.startsWith(w) && s.length > w.length) {
        s = s.slice(w.length);
        changed = true;
      }
    }
    // 新建或改扩建体育公园: the conjunction after a stripped verb goes with it (session 29).
    const conj = /^(或者|或|及|与|和|、)/.exec(s);
    if (changed && conj && s.length > conj[0].length + 1) s = s.slice(conj[0].length);
    for (const c of cues.before) {
      if (s.endsWith(c.phrase) && s.length > c.phrase.length) {
        s = s.slice(0, -c.phrase.length);
        changed = true;
      }
    }
  }
  s = s.replace(/^[的在和]|[的在]$/g, '').trim();
  return s.length >= 2 ? s : unit === '%' ? '' : s;
}
