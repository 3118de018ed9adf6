// Parses the comment header that documents a canned query (cypher/*.cypher):
//   // title: …            // description: … (further `//` lines continue it)
//   // param name: type — what it is     // example: :param name => <JSON literal>
//   // default: :param name => <JSON literal>   (optional: the value used when a caller leaves the
//   parameter out, e.g. a page's `skip` and `limit`; a param without one is required)
// The header is plain Cypher comments, so the file runs as-is in Neo4j Browser.
import type { CannedQuery, CannedQueryParam } from './types.js';
import { GraphDbError } from './errors.js';

// `// param name: …` has no colon after the keyword; the other fields do.
const FIELD = /^\/\/\s*(?:(title|description|example|default):|(param)\s)\s*(.*)$/;
const PARAM = /^([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([^—]+?)\s*(?:—\s*(.*))?$/;
const EXAMPLE = /^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+)$/;
const USED = /\$([A-Za-z_][A-Za-z0-9_]*)/g;

export function parseCannedQuery(name: string, text: string): CannedQuery {
  const fail = (what: string): never => {
    throw new GraphDbError('cypher-file', `neo4j/canned-header: cypher/${name}.cypher ${what}`);
  };
  const lines = text.split(/\r?\n/);
  const header = lines.slice(0, Math.max(0, lines.findIndex((l) => !l.trimStart().startsWith('//'))));
  let title = '';
  let description = '';
  const params: CannedQueryParam[] = [];
  let last: 'title' | 'description' | 'param' | 'example' | 'default' | undefined;
  for (const line of header) {
    const field = FIELD.exec(line.trim());
    if (!field) {
      // A continuation line extends the field above it.
      const more = line.trim().replace(/^\/\/\s?/, '').trim();
      if (last === 'description') description = `${description} ${more}`.trim();
      else if (last === 'param' && params.length) params[params.length - 1].description += ` ${more}`;
      continue;
    }
    const key = field[1] ?? field[2];
    const value = field[3];
    last = key as typeof last;
    if (key === 'title') title = value.trim();
    else if (key === 'description') description = value.trim();
    else if (key === 'param') {
      const p = PARAM.exec(value.trim()) ?? fail(`has a malformed param line "${line}"; expected "// param name: type — description"`);
      params.push({ name: p[1], type: p[2], description: (p[3] ?? '').trim() });
    } else {
      const e = EXAMPLE.exec(value.trim()) ?? fail(`has a malformed ${key} line "${line}"; expected "// ${key}: :param name => value"`);
      const param = params.find((p) => p.name === e[1]) ?? fail(`gives ${key === 'example' ? 'an example' : 'a default'} for undeclared parameter "${e[1]}"`);
      if (key === 'example') param.example = parseLiteral(e[2]);
      else param.default = parseLiteral(e[2]);
    }
  }
  if (!title) fail('has no "// title:" line; expected one in the header');
  if (!description) fail('has no "// description:" line; expected one in the header');
  const body = lines.slice(header.length).filter((l) => !l.trimStart().startsWith('//')).join('\n');
  const used = new Set([...body.matchAll(USED)].map((m) => m[1]));
  for (const u of used) if (!params.some((p) => p.name === u)) fail(`uses $${u} without a "// param ${u}:" line`);
  for (const p of params) if (!used.has(p.name)) fail(`declares param "${p.name}" that the query never uses`);
  return { name, title, description, params, cypher: text };
}

/** Example values are JSON literals (what Browser's `:param` accepts for strings and numbers). */
function parseLiteral(raw: string): unknown {
  try {
    return JSON.parse(raw.trim());
  } catch {
    return raw.trim();
  }
}
