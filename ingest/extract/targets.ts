// Numeric targets: a number (with 万/亿, a range 1-2, a percentage) followed by a unit of
// units.txt, with comparator cues around it (不少于30场 → >= 30 场; 1万场次以上 → >= 10000 场次).
// Not targets: dates, ordinals (第35届), document numbers, frequencies (FM91.6), past counts.
import type { Lexicon, TargetCues } from '../lexicon/load.js';
import type { ExtractedTarget } from './types.js';
import { segmenter } from './segment.js';

const CLAUSE_BREAK = /[，。；：！？、\n]/;
const NUMBER = /(\d+(?:\.\d+)?)(?:\s*[-—~～至到]\s*(\d+(?:\.\d+)?))?\s*(万|亿|千)?/g;
const MULT: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3 };

export function findTargets(
  text: string,
  unit: { path: string; span: [number, number] },
  lexicon: Lexicon,
): ExtractedTarget[] {
  const units = [...lexicon.units].sort((a, b) => b.length - a.length);
  const cues = lexicon.targetCues;
  const out: ExtractedTarget[] = [];
  const body = text.slice(unit.span[0], unit.span[1]);
  for (const m of body.matchAll(NUMBER)) {
    const at = m.index!;
    const prevChar = body[at - 1] ?? '';
    if (/[\dA-Za-z.+〔［\[第]/.test(prevChar)) continue; // FM91.6, 第35届, 〔2024〕, 3+N
    const mult = m[3];
    let pos = at + m[0].length - (mult ? 1 : 0);
    // Values are multiplied out (55万人 → 550000 人) so they compare across documents;
    // 1000余场 means more than 1000.
    let factor = 1;
    if (mult) {
      pos += 1;
      factor = MULT[mult];
    }
    const approx = body[pos] === '余';
    if (approx) pos += 1;
    const unitStr = units.find((x) => body.startsWith(x, pos));
    if (!unitStr) continue;
    let rest = pos + unitStr.length;
    if (/^(周年|年|月|日|号|届)/.test(body.slice(rest))) continue;
    const clauseStart = lastBreak(body, at);
    const clause = body.slice(clauseStart, at);
    if (cues.past.some((p) => clause.includes(p))) continue;
    let comparator: ExtractedTarget['comparator'] = '=';
    let metricEnd = at;
    const before = cues.before.find((c) => clause.endsWith(c.phrase));
    if (before) {
      comparator = before.comparator;
      metricEnd = at - before.phrase.length;
    }
    const after = cues.after.find((c) => body.startsWith(c.phrase, rest));
    if (after) {
      if (comparator === '=' || !before) comparator = after.comparator;
      rest += after.phrase.length;
    } else if (approx && comparator === '=') comparator = '>=';
    const year = clause.match(/((?:19|20)\d{2})年/)?.[1];
    // 举办100场科普巡回报告: when only a verb precedes the number, the counted thing follows it.
    let metric = cleanMetric(body.slice(clauseStart, metricEnd), cues, unitStr);
    if (onlyVerbs(metric, lexicon)) {
      const tail = body.slice(rest);
      const stop = tail.search(/[，。；：！？\n]/);
      metric = tail.slice(0, stop < 0 ? Math.min(tail.length, 30) : Math.min(stop, 30)).trim() || metric;
    }
    if (!metric) continue;
    const value = Number(m[1]) * factor;
    const valueMax = m[2] !== undefined ? Number(m[2]) * factor : undefined;
    out.push({
      path: unit.path,
      name: body.slice(clauseStart, rest),
      metric,
      comparator,
      value,
      valueMax,
      unit: unitStr,
      year: year ? Number(year) : undefined,
      span: [unit.span[0] + clauseStart, unit.span[0] + rest],
    });
  }
  return out;
}

function onlyVerbs(metric: string, lexicon: Lexicon): boolean {
  if (metric.length === 0) return true;
  const tokens = segmenter(lexicon)(metric);
  return tokens.every((t) => /^(v|d|ad|p|c|u)/.test(t.tag) && t.tag !== 'vn');
}

function lastBreak(body: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_BREAK.test(body[i])) return i + 1;
  return 0;
}

/** 确保2020年我省公民具备科学素质比例达到 → 公民具备科学素质比例 */
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
