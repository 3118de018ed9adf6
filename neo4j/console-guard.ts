// What the console lets an analyst run: read-only Cypher over the graph, and nothing that reaches
// files, URLs, other databases, users, transactions or the server's configuration. Two checks before
// a query runs: (1) a lexical one on the text with comments and literals blanked out, which names
// the refused construct in plain words; (2) the server's own plan (`EXPLAIN`): its query type must
// be read-only and no operator may load CSV, show or terminate anything, or call a procedure off the
// allowlist. The plan is the robust check (it sees through aliases and odd spellings); the text check
// gives the clearer message. Both are here, as data a reviewer can read.

import { GraphDbError } from './errors.js';

/** Read procedures the console may CALL (the schema panel's and full-text search's). */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);

/** Namespaces of built-in functions (any other `a.b(…)` is a user-defined function or a procedure). */
export const ALLOWED_FUNCTION_NAMESPACES: ReadonlySet<string> = new Set([
  'point', 'vector', 'vector.similarity', 'date', 'datetime', 'localdatetime', 'time', 'localtime', 'duration',
]);

/**
 * Most elements a `range()` with literal bounds may make. One Cypher expression is evaluated without
 * termination checks, so `reduce(s = '', x IN range(1, 3000000) | s + '…')` outlives its time limit
 * (issue 10); 100,000 string appends take a few seconds. Computed bounds are not seen here: the
 * launcher's watchdog stops such a query after its limit (neo4j/launcher Watchdog.java).
 */
export const MAX_RANGE_ELEMENTS = 100_000;

/** Plan operators that are never allowed, whatever the query type says (TERMINATE plans as read-only). */
const REFUSED_OPERATOR = /^(LoadCSV|Show\w*|Terminate\w*|AdministrationCommand|SystemProcedureCall|CommandCall)(@|$)/;

export interface Refusal {
  /** Stable reason, for tests and logs. */
  reason: 'load-csv' | 'admin' | 'use' | 'procedure' | 'function' | 'prefix' | 'write' | 'cost';
  /** One plain sentence for the analyst (English; the page words it in its own language from `reason` and `detail`). */
  message: string;
  /** What the sentence names (a keyword, a procedure or function, a range's size), for the page's own wording. */
  detail?: Record<string, string | number>;
}

const refuse = (reason: Refusal['reason'], message: string, detail?: Refusal['detail']): Refusal => ({ reason, message, ...(detail ? { detail } : {}) });

/** The error a refused query throws: its English sentence, and its reason and detail for the page's wording. */
export function refusalError(refusal: Refusal): GraphDbError {
  return new GraphDbError('refused', refusal.message, { refusal: { reason: refusal.reason, ...(refusal.detail ? { detail: refusal.detail } : {}) } });
}

/** Blanks comments and string literals; backticked names keep their text (so `dbms`.x reads as dbms.x). */
export function blankLiterals(query: string): string {
  let out = '';
  for (let i = 0; i < query.length; ) {
    const c = query[i];
    const next = query[i + 1];
    if (c === '/' && next === '/') {
      const end = query.indexOf('\n', i);
      i = end < 0 ? query.length : end;
      out += ' ';
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? query.length : end + 2;
      out += ' ';
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < query.length && query[j] !== c) j += query[j] === '\\' ? 2 : 1;
      i = j + 1;
      out += "''";
    } else if (c === '`') {
      let j = i + 1;
      while (j < query.length && !(query[j] === '`' && query[j + 1] !== '`')) j += query[j] === '`' ? 2 : 1;
      out += query.slice(i + 1, j).replace(/\W/g, '_');
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

// A keyword, not a property (`n.show`), a parameter (`$show`) or a map key (`{show: 1}`).
const keyword = (word: string) => new RegExp(`(?<![.$\\w])${word}\\b(?!\\s*:)`, 'i');
const LOAD_CSV = /(?<![.$\w])LOAD\s+CSV\b/i;
const SHOW_OR_TERMINATE = keyword('(?:SHOW|TERMINATE)');
const USE = keyword('USE');
const LEADING_OPTION = /^\s*(EXPLAIN|PROFILE|CYPHER)\b/i;
const CALL_PROCEDURE = /(?<![.$\w])CALL\s+([A-Za-z_][\w]*(?:\s*\.\s*[A-Za-z_][\w]*)*)/gi;
const NAMESPACED_CALL = /(?<![.$\w])([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)+)\s*\(/g;

/** The text check: a refusal naming what the query uses, or null when nothing refused is seen. */
export function checkText(query: string): Refusal | null {
  const text = blankLiterals(query);
  if (LOAD_CSV.test(text)) {
    return refuse('load-csv', 'LOAD CSV is not allowed in the console: it would read files or URLs from the server.');
  }
  const admin = SHOW_OR_TERMINATE.exec(text);
  if (admin) {
    return refuse('admin', `${admin[0].toUpperCase()} commands are not allowed in the console: they list or stop users, databases, procedures or transactions.`, { keyword: admin[0].toUpperCase() });
  }
  if (USE.test(text)) return refuse('use', 'USE is not allowed in the console: it queries the graph database only.');
  const prefix = LEADING_OPTION.exec(text);
  if (prefix) {
    return refuse('prefix', `Start the query without ${prefix[1].toUpperCase()}: the console plans every query itself and runs it read-only.`, { keyword: prefix[1].toUpperCase() });
  }
  const range = largeRange(text);
  if (range) {
    return refuse(
      'cost',
      `${range.call} makes ${range.size.toLocaleString('en')} elements; the console allows at most ${MAX_RANGE_ELEMENTS.toLocaleString('en')} per range(), because one expression over a huge list cannot be stopped at the time limit.`,
      { call: range.call, size: range.size, max: MAX_RANGE_ELEMENTS },
    );
  }
  const called = new Set<string>();
  for (const m of text.matchAll(CALL_PROCEDURE)) {
    const name = m[1].replace(/\s+/g, '');
    called.add(name);
    if (!ALLOWED_PROCEDURES.has(name)) return procedureRefusal(name);
  }
  for (const m of text.matchAll(NAMESPACED_CALL)) {
    const name = m[1].replace(/\s+/g, '');
    if (called.has(name)) continue;
    const namespace = name.slice(0, name.lastIndexOf('.'));
    if (!ALLOWED_FUNCTION_NAMESPACES.has(namespace)) {
      return refuse('function', `The function ${name}() is not allowed in the console; built-in functions (count, size, point.distance, …) are.`, { name });
    }
  }
  return null;
}

const RANGE_CALL = /(?<![.$\w])range\s*\(/gi;
const INTEGER = /^\s*(-?)\s*(0x[0-9a-f_]+|0o[0-7_]+|\d[\d_]*)\s*$/i;

/** The first `range(a, b[, step])` with integer-literal arguments that makes more than MAX_RANGE_ELEMENTS (not as UNWIND's list). */
export function largeRange(text: string): { call: string; size: number } | null {
  for (const m of text.matchAll(RANGE_CALL)) {
    const open = m.index! + m[0].length;
    let depth = 1;
    let end = open;
    while (end < text.length && depth > 0) {
      if ('([{'.includes(text[end])) depth++;
      else if (')]}'.includes(text[end])) depth--;
      end++;
    }
    const args = text.slice(open, end - 1);
    if (/[([{]/.test(args)) continue; // computed bounds
    // `UNWIND range(…)` streams its elements as rows, and rows are where Neo4j checks for termination.
    if (/(?<![.$\w])UNWIND\s*$/i.test(text.slice(Math.max(0, m.index! - 20), m.index))) continue;
    const values = args.split(',').map(integerLiteral);
    if (values.length < 2 || values.length > 3 || values.some((v) => v === null)) continue;
    const [from, to, step = 1] = values as number[];
    if (step === 0) continue; // Neo4j refuses it itself
    const size = Math.max(0, Math.floor((to - from) / step) + 1);
    if (size > MAX_RANGE_ELEMENTS) return { call: `range(${args.replace(/\s+/g, ' ').trim()})`, size };
  }
  return null;
}

function integerLiteral(arg: string): number | null {
  const m = INTEGER.exec(arg);
  if (!m) return null;
  const digits = m[2].replace(/_/g, '').toLowerCase();
  const value = digits.startsWith('0o') ? parseInt(digits.slice(2), 8) : Number(digits);
  return Number.isFinite(value) ? (m[1] ? -value : value) : null;
}

function procedureRefusal(name: string): Refusal {
  return refuse(
    'procedure',
    `The procedure ${name} is not allowed in the console; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}.`,
    { name, allowed: [...ALLOWED_PROCEDURES].join(', ') },
  );
}

/** The fields of an `EXPLAIN` summary the plan check reads (neo4j-driver's ResultSummary). */
export interface PlanSummary {
  queryType: string;
  plan: PlanNode | false;
}
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** The plan check: the query must be read-only (`r`) and use no refused operator or procedure. */
export function checkPlan(summary: PlanSummary): Refusal | null {
  if (summary.queryType !== 'r') {
    return refuse('write', 'The console is read-only: this query would change the graph, its schema or the server.');
  }
  const stack = summary.plan ? [summary.plan] : [];
  while (stack.length) {
    const node = stack.pop()!;
    const op = node.operatorType;
    if (/^LoadCSV(@|$)/.test(op)) {
      return refuse('load-csv', 'LOAD CSV is not allowed in the console: it would read files or URLs from the server.');
    }
    if (REFUSED_OPERATOR.test(op)) {
      return refuse('admin', 'Administration commands are not allowed in the console.');
    }
    if (/^ProcedureCall(@|$)/.test(op)) {
      const details = String(node.arguments.Details ?? node.arguments.Signature ?? '');
      const name = /^\s*([\w.]+)\s*\(/.exec(details)?.[1] ?? details;
      if (!ALLOWED_PROCEDURES.has(name)) return procedureRefusal(name || 'called here');
    }
    stack.push(...node.children);
  }
  return null;
}
