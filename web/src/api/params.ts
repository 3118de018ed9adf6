// Canned-query parameters as the console edits them: text in inputs, typed values on the wire.
import type { CannedQueryParam } from '../../../neo4j/types.js';

/**
 * The input's starting text: the example as written (strings bare, anything else as JSON); an
 * example that names no node of the explorer's graph gives way to `standIns[param.name]` (see
 * graph/param-examples.ts), so a canned query shows rows on any corpus.
 */
export function paramInput(param: CannedQueryParam, standIns?: { values: Record<string, string>; has: (v: string) => boolean }): string {
  const ex = param.example;
  if (ex === undefined || ex === null) return '';
  if (typeof ex === 'string' && standIns && standIns.values[param.name] && !standIns.has(ex)) return standIns.values[param.name];
  return typeof ex === 'string' ? ex : JSON.stringify(ex);
}

/** Input text → value of the parameter's declared type; throws a readable error when it can't. */
export function parseParam(param: CannedQueryParam, raw: string): unknown {
  const type = param.type.toLowerCase();
  const text = raw.trim();
  if (/^(int|integer|long|number|float|double)$/.test(type)) {
    const n = Number(text);
    if (text === '' || !Number.isFinite(n)) throw new Error(`Parameter ${param.name}: expected a number, got "${raw}".`);
    return /^(int|integer|long)$/.test(type) ? Math.trunc(n) : n;
  }
  if (/^(bool|boolean)$/.test(type)) {
    if (text !== 'true' && text !== 'false') throw new Error(`Parameter ${param.name}: expected true or false.`);
    return text === 'true';
  }
  if (/list|array|map|object|\[\]/.test(type)) {
    try {
      return JSON.parse(text);
    } catch {
      throw new Error(`Parameter ${param.name}: expected JSON (${param.type}), got "${raw}".`);
    }
  }
  return raw;
}

export function parseParams(params: CannedQueryParam[], inputs: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(params.map((p) => [p.name, parseParam(p, inputs[p.name] ?? '')]));
}
