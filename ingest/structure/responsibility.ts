// Who must act, as a plan's measure names it in a note at its end: （牵头单位：市发展改革委；配合单位：市财政局）,
// （市市场监管局牵头，市税务局、市人力资源社会保障局按职责分工负责）, （责任单位：市司法局，各区县人民政府）. Implementation
// plans of provinces, cities and counties name their actors this way far more often than in a task table (tables.ts):
// the same lead and support words (lexicon/task-table.ts), read inside a bracketed note. Session 28, read on real
// portal plans of 宝鸡, 广州 and 湖北; only a plan's units (a regulation's brackets are definitions and short names).
import { TASK_TABLE_COLUMNS } from '../lexicon/task-table.js';

/** A bracketed note, either width, without brackets inside. */
const NOTE = /[（(]([^（）()\n]{2,200})[）)]/g;
/** A labelled list: 牵头单位：A、B；配合单位：C (a label of lead or support words, then its list up to the next label). */
const LABEL = new RegExp(`(?:${TASK_TABLE_COLUMNS.lead.source}|${TASK_TABLE_COLUMNS.support.source})\\s*[：:]`, 'g');
/** A verb form: A牵头，B按职责分工负责 / A负责 / B配合 — the list before each verb. */
const VERB = /([^，,；;：:。]{2,80}?)(?:按职责分工|按照职责分工|按职责|分别)?(?:牵头|负责|配合|参与|落实)(?=$|[，,；;。])/g;

/** Bodies in a list as written, split at 、，,；; and 及/和 between two bodies' names. */
function bodies(list: string): string[] {
  return list
    .split(/[、，,；;\s]+|(?<=[局委办厅院府会部门室])(?:及|和)/)
    .map((s) => s.trim().replace(/^(?:由|请)/, '').replace(/等$/, ''))
    .filter((s) => s.length >= 2 && BODY_END.test(s) && !/领导$|同志|^各有关单位$/.test(s));
}

/** A body's name ends so (局, 委, 办公室, 人民政府, 各有关部门, 管委会 …); a person, a date or a task does not. */
const BODY_END = /(?:局|委|办|厅|院|府|会|部|署|处|室|所|中心|单位|部门|政府|机构|协会|公司|集团|银行|法院|检察院|大队|支队|总队)$/;

/** The bodies the notes of a unit's text name, in order, without repeats; none when no note names any. */
export function responsibleBodies(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NOTE)) {
    const note = m[1];
    const labels = [...note.matchAll(LABEL)];
    if (labels.length) {
      labels.forEach((l, i) => {
        if (/领导/.test(l[0])) return;
        out.push(...bodies(note.slice(l.index! + l[0].length, labels[i + 1]?.index ?? note.length)));
      });
      continue;
    }
    // Without a label, the whole note must be verb forms (A牵头，B负责): a note that says more is not a list of actors.
    const forms = [...note.matchAll(VERB)];
    const covered = forms.reduce((n, f) => n + f[0].length, 0) + (note.match(/[，,；;]/g) ?? []).length;
    if (!forms.length || covered < note.trim().length - 1) continue;
    for (const f of forms) out.push(...bodies(f[1]));
  }
  return [...new Set(out)];
}
