// The column heads of a task table (重点任务分工表, 任务清单), as general words of Chinese administrative tables:
// a 序号 column and a column of what is to be done make a table of tasks; the lead and support columns name who
// must act. Read by the HTML reader (such a table's rows stay one line each, a cell of several paragraphs joined)
// and by the structure stage (ingest/structure/tables.ts: each numbered row is a measure).
export const TASK_TABLE_COLUMNS = {
  number: /^(?:序\s*号|编\s*号)$/,
  task: /(?:任务|措施|举措|工作内容|主要内容|工作要求|具体内容|事项|工作目标|重点工作)/,
  lead: /(?:牵头|责任|负责|主责|主办)(?:单位|部门|领导)|责任主体/,
  support: /(?:配合|参与|协同|协办|协助)(?:单位|部门)/,
} as const;

/** The 序号 column and the task column of a header row, or undefined when the row heads no task table. */
export function taskTableHeader(cells: string[]): { number: number; task: number } | undefined {
  const number = cells.findIndex((c) => TASK_TABLE_COLUMNS.number.test(c.trim()));
  const task = cells.findIndex(
    (c, i) => i !== number && TASK_TABLE_COLUMNS.task.test(c) && !TASK_TABLE_COLUMNS.lead.test(c) && !TASK_TABLE_COLUMNS.support.test(c),
  );
  return number < 0 || task < 0 ? undefined : { number, task };
}
