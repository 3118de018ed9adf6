// A MIME web archive (.mht, .mhtml: Word's "Single File Web Page", IE's and Chrome's "save as MHTML",
// often served by government sites as .doc) → the HTML of its page, decoded. RFC 2045/2046/2557: a
// multipart/related message whose root part (named by start= or Snapshot-Content-Location, else the
// first text/html part) is the page; images and style sheets are passed over by their boundaries,
// never decoded. Pure: bytes in, HTML text out, or a ReadProblem.
//
// No MIME library: postal-mime and mailparser (not installed) decode every part, images included,
// and hand back the page already decoded with its declared charset, which Chinese pages often get
// wrong; here only the page is decoded, its bytes go through decodeBytes (encoding.ts) with the
// part's charset as a hint, and every bound is ours (limits in ingest/guard.ts).
import { DEFAULT_LIMITS, type IngestLimits } from '../guard.js';
import { decodeBytes } from './encoding.js';
import { ReadProblem } from './problem.js';

type Limits = Pick<IngestLimits, 'maxMimeParts' | 'maxMimeDepth' | 'maxEntryBytes'>;

/** Headers of one part longer than this are no writer's: Word, IE and Chrome write 100–400 bytes. */
const MAX_HEADER_CHARS = 64 * 1024;
const ADVICE = 'open it in a browser or Word and save the page as .html or .docx';

interface Entity {
  headers: Map<string, string>;
  bodyStart: number;
  bodyEnd: number;
}

/** `type/subtype; a=1; b="x y"` → the lower-cased type and its parameters (names lower-cased). */
export function parseContentType(value: string | undefined): { type: string; params: Map<string, string> } {
  const params = new Map<string, string>();
  if (!value) return { type: 'text/plain', params };
  const [type, ...rest] = value.split(';');
  const PARAM = /([^=\s;]+)\s*=\s*(?:"([^"]*)"|([^;\s]*))/g;
  for (const m of rest.join(';').matchAll(PARAM)) params.set(m[1].toLowerCase(), m[2] ?? m[3]);
  return { type: type.trim().toLowerCase(), params };
}

/** The header block from `start` (folded lines unfolded) and where the body begins. */
function entityAt(s: string, start: number, end: number): Entity {
  const headers = new Map<string, string>();
  let pos = start;
  let last = '';
  while (pos < end) {
    let eol = s.indexOf('\n', pos);
    if (eol === -1 || eol >= end) eol = end;
    const line = s.slice(pos, eol).replace(/\r$/, '');
    pos = eol + 1;
    if (pos - start > MAX_HEADER_CHARS) {
      throw new ReadProblem('unreadable', `a part of the web archive has headers longer than ${MAX_HEADER_CHARS / 1024} KB, which no writer makes; ${ADVICE}`);
    }
    if (line === '') return { headers, bodyStart: Math.min(pos, end), bodyEnd: end };
    if (/^[ \t]/.test(line) && last) headers.set(last, `${headers.get(last)} ${line.trim()}`);
    else {
      const colon = line.indexOf(':');
      if (colon <= 0) continue; // not a header: skipped, as mail readers do
      last = line.slice(0, colon).trim().toLowerCase();
      if (!headers.has(last)) headers.set(last, line.slice(colon + 1).trim());
    }
  }
  return { headers, bodyStart: end, bodyEnd: end };
}

/**
 * The parts of a multipart body, each [start, end) without the line break before the next
 * delimiter. `closed` is false when the closing delimiter never came (the last part runs to `end`).
 */
function* partsOf(s: string, start: number, end: number, boundary: string): Generator<{ start: number; end: number; closed: boolean }> {
  const delim = `--${boundary}`;
  /** The next delimiter line at or after `from`: its start and the start of the line after it. */
  const next = (from: number): { at: number; after: number; close: boolean } | undefined => {
    for (let at = s.indexOf(delim, from); at !== -1 && at < end; at = s.indexOf(delim, at + 1)) {
      if (at !== start && s[at - 1] !== '\n') continue;
      let p = at + delim.length;
      const close = s.startsWith('--', p);
      if (close) p += 2;
      let eol = s.indexOf('\n', p);
      if (eol === -1 || eol > end) eol = end;
      // Only transport padding may follow a delimiter; else it is a longer boundary that starts alike.
      if (!/^[ \t\r]*$/.test(s.slice(p, eol))) continue;
      return { at, after: Math.min(eol + 1, end), close };
    }
    return undefined;
  };
  const lineBreakBefore = (at: number) => (s[at - 1] === '\n' ? (s[at - 2] === '\r' ? 2 : 1) : 0);
  let d = next(start);
  if (!d) throw new ReadProblem('truncated', `the web archive declares the boundary "${boundary.slice(0, 60)}" but no part starts with it; ${ADVICE}`);
  while (d && !d.close) {
    const partStart = d.after;
    d = next(partStart);
    if (!d) {
      yield { start: partStart, end, closed: false };
      return;
    }
    yield { start: partStart, end: Math.max(partStart, d.at - lineBreakBefore(d.at)), closed: true };
  }
}

interface Found {
  entity: Entity;
  closed: boolean;
}

/** A Content-ID or `start=` value without its angle brackets: `<part1.01DA@x>` → `part1.01DA@x`. */
const bareId = (id: string | undefined) => id?.trim().replace(/^<(.*)>$/, '$1');

/**
 * The page: in a multipart/related, its root part (RFC 2387: the part whose Content-ID the `start=`
 * parameter names, or, in Chrome's archives, whose Content-Location the Snapshot-Content-Location
 * header names); without either, or when no part has that name, the first text/html entity, depth
 * first. `seen` counts parts and the content types passed over.
 */
function findHtml(s: string, entity: Entity, depth: number, limits: Limits, seen: { parts: number; types: Set<string> }): Found | undefined {
  const { type, params } = parseContentType(entity.headers.get('content-type'));
  if (type === 'text/html') return { entity, closed: true };
  seen.types.add(type);
  if (!type.startsWith('multipart/')) return undefined;
  if (depth >= limits.maxMimeDepth) {
    throw new ReadProblem('too-deep', `multiparts nested more than ${limits.maxMimeDepth} deep in the web archive (Word and browsers write one); refused`);
  }
  const boundary = params.get('boundary');
  if (!boundary) throw new ReadProblem('truncated', `a ${type} part of the web archive names no boundary, so its parts cannot be told apart; ${ADVICE}`);
  const start = bareId(params.get('start'));
  const location = entity.headers.get('snapshot-content-location')?.trim();
  const isRoot = (part: Entity) =>
    (start !== undefined && bareId(part.headers.get('content-id')) === start) ||
    (location !== undefined && part.headers.get('content-location')?.trim() === location);
  let first: Found | undefined;
  let complete = true;
  for (const part of partsOf(s, entity.bodyStart, entity.bodyEnd, boundary)) {
    complete = part.closed;
    if (++seen.parts > limits.maxMimeParts) {
      // Looking for a named root past the first page: the first page it is.
      if (first) return first;
      throw new ReadProblem('too-long', `more than ${limits.maxMimeParts} parts in the web archive before its page; refused`);
    }
    const partEntity = entityAt(s, part.start, part.end);
    const root = isRoot(partEntity);
    if (first && !root) continue; // a named root is still to come: other parts are passed over undecoded
    const found = findHtml(s, partEntity, depth + 1, limits, seen);
    const result = found && { entity: found.entity, closed: found.closed && part.closed };
    if (result && (root || (start === undefined && location === undefined))) return result;
    first ??= result;
  }
  // Cut off before the root it names: the page is lost, not the first one in its place.
  return first && !complete ? { ...first, closed: false } : first;
}

/** Content-Transfer-Encoding undone: quoted-printable and base64 by hand, the identity ones as bytes. */
function transferDecode(body: string, encoding: string): Buffer {
  switch (encoding) {
    case 'quoted-printable':
      // Soft line breaks (=, maybe padded, at a line's end) go; =XX is a byte; a stray = stays.
      return Buffer.from(
        body.replace(/=[ \t]*\r?\n|=([0-9A-Fa-f]{2})/g, (_, hex: string | undefined) => (hex ? String.fromCharCode(parseInt(hex, 16)) : '')),
        'latin1',
      );
    case 'base64':
      return Buffer.from(body, 'base64'); // line breaks and stray characters are skipped
    case '':
    case '7bit':
    case '8bit':
    case 'binary':
      return Buffer.from(body, 'latin1');
    default:
      throw new ReadProblem('unsupported-format', `a web archive whose page is in the transfer encoding "${encoding.slice(0, 40)}", which cannot be read; ${ADVICE}`);
  }
}

/** The page of a MIME web archive as HTML text, and the encoding its bytes were read in. */
export function mhtToHtml(bytes: Uint8Array, limits: Limits = DEFAULT_LIMITS): { html: string; encoding: string } {
  // Latin-1 keeps one character per byte, so the offsets below are byte offsets.
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  const lead = /^(?:\xEF\xBB\xBF)?\s*/.exec(s)?.[0].length ?? 0;
  const seen = { parts: 0, types: new Set<string>() };
  const found = findHtml(s, entityAt(s, lead, s.length), 0, limits, seen);
  if (!found) {
    const types = [...seen.types].filter((t) => !t.startsWith('multipart/'));
    throw new ReadProblem(
      'unsupported-format',
      `a web archive (MIME) with no HTML page in it (${types.length ? types.slice(0, 5).join(', ') : 'no parts'}); ${ADVICE}`,
    );
  }
  const { entity, closed } = found;
  if (!closed) {
    throw new ReadProblem('truncated', 'the web archive is cut off inside its page (no boundary after it); download it again');
  }
  const size = entity.bodyEnd - entity.bodyStart;
  if (size > limits.maxEntryBytes) {
    throw new ReadProblem('too-large', `the web archive's page is ${size} bytes, over the limit of ${limits.maxEntryBytes} for one part; split the file`);
  }
  const { params } = parseContentType(entity.headers.get('content-type'));
  const encoding = (entity.headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  const page = transferDecode(s.slice(entity.bodyStart, entity.bodyEnd), encoding);
  const { text, encoding: charset } = decodeBytes(page, params.get('charset'));
  return { html: text, encoding: charset };
}
