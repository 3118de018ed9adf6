// Zip archives of documents. A scraped corpus keeps a notice's attachments as the site served them,
// and sites serve several at once as one .zip (附件.zip: the plan, its task table, its indicator
// table). Each document inside is a source of its own, named `<archive>!/<name inside>` (the
// separator of Java's jar: URLs), read as a file of that name would be; the archive is never
// unpacked to disk and only the member asked for is read from it (the end records, the central
// directory, then that member's bytes). Every bound of zip-guard.ts holds per member; a member over
// the file size limit is refused as a file would be. Archives inside archives are not opened.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { crc32 } from 'node:zlib';
import iconv from 'iconv-lite';
import type { IngestLimits } from '../guard.js';
import { ReadProblem } from './problem.js';
import { checkDeclaredSizes, inflateEntry, zipDirectory, type ZipEntryInfo, type ZipKind } from './zip-guard.js';

/** Between an archive's path and a member's name inside it. */
export const MEMBER_SEPARATOR = '!/';

/** Extensions read as archives of documents (a .docx, .xlsx or .ofd is a zip too, but one document). */
const ARCHIVE_EXTENSIONS = new Set(['.zip']);

export const ARCHIVE_ZIP: ZipKind = { what: 'zip archive', ext: '.zip', writer: 'a zip tool' };

/** Documentation and leftovers met in an archive are not sources (as list.ts skips them in a folder). */
const SKIPPED = [/^__MACOSX\//, /(^|\/)\./, /(^|\/)readme(\.[^/]*)?$/i, /(^|\/)(Thumbs\.db|desktop\.ini)$/i];

/** Names inside a zip that make it one document, not an archive: OOXML, OFD, OpenDocument packages. */
const PACKAGE_MARKERS = ['[Content_Types].xml', 'OFD.xml', 'mimetype'];

export const isArchiveName = (path: string): boolean => ARCHIVE_EXTENSIONS.has(extname(path).toLowerCase());

export interface ArchiveMember {
  /** The member's name inside the archive, decoded, with `/` between folders. */
  name: string;
  entry: ZipEntryInfo;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A member's name. The zip format says names are CP437 unless flag 11 marks UTF-8; in practice a zip
 * made on Chinese Windows (Explorer, WinRAR, 360压缩, older 7-Zip) writes the system's GBK without
 * the flag, and a Mac or Linux tool writes UTF-8, with or without it. So: the flag or an Info-ZIP
 * Unicode Path field say UTF-8; else bytes that are valid UTF-8 are read as UTF-8 (a GBK name almost
 * never is), and the rest as GB18030 (a superset of GBK). CP437 names of non-ASCII letters (a
 * Western DOS zip) would come out wrong; they are not what a Chinese corpus holds.
 */
export function memberName(e: ZipEntryInfo): string {
  let name: string;
  if (e.flags & 0x800) name = e.name;
  else if (e.unicodeName) name = e.unicodeName;
  else {
    try {
      name = UTF8.decode(e.rawName);
    } catch {
      name = iconv.decode(Buffer.from(e.rawName), 'gb18030');
    }
  }
  return name.replace(/\\/g, '/').replace(/^(\.?\/)+/, '');
}

/** An archive on disk, read by position: only what is asked for is read. */
function openArchive(path: string): { at: (offset: number, length: number) => Uint8Array; size: number; mtimeMs: number; close(): void } {
  const fd = openSync(path, 'r');
  const { size, mtimeMs } = fstatSync(fd);
  return {
    size,
    mtimeMs,
    at(offset, length) {
      const out = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      let got = 0;
      while (got < out.length) {
        const n = readSync(fd, out, got, out.length - got, offset + got);
        if (n === 0) break;
        got += n;
      }
      return got === out.length ? out : out.subarray(0, got);
    },
    close: () => closeSync(fd),
  };
}

/** The last archive listed, per thread: its members are read one after another. */
let cached: { key: string; members: ArchiveMember[] | null } | undefined;

/**
 * The documents an archive holds, in code-unit order of their names (folders, hidden files, Mac
 * resource forks and READMEs left out; a name met twice kept once), or null when the zip is one
 * document (a .docx or .ofd named .zip: read as a file). Throws a ReadProblem when it cannot be
 * listed: damaged, or more entries than a zip may have.
 */
export function archiveMembers(path: string, limits: IngestLimits): ArchiveMember[] | null {
  const file = openArchive(path);
  try {
    const key = `${path}\u0000${file.size}\u0000${file.mtimeMs}`;
    if (cached?.key === key) return cached.members;
    const entries = zipDirectory(file.at, file.size, ARCHIVE_ZIP);
    if (entries.length > limits.maxZipEntries) {
      throw new ReadProblem('zip-bomb', `${entries.length} entries, over the limit of ${limits.maxZipEntries}; unpack it and ingest the folder`);
    }
    const names = new Set(entries.map((e) => e.name));
    const members = PACKAGE_MARKERS.some((m) => names.has(m)) ? null : membersOf(entries);
    cached = { key, members };
    return members;
  } finally {
    file.close();
  }
}

function membersOf(entries: ZipEntryInfo[]): ArchiveMember[] {
  const seen = new Set<string>();
  const out: ArchiveMember[] = [];
  for (const entry of entries) {
    const name = memberName(entry);
    if (!name || name.endsWith('/') || SKIPPED.some((re) => re.test(name)) || seen.has(name)) continue;
    seen.add(name);
    out.push({ name, entry });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `<archive>!/<member>` split in two, when `path` names a member (never when it is a file itself). */
export function splitMemberPath(path: string, isFile: (p: string) => boolean): { archive: string; member: string } | null {
  for (let at = path.indexOf(MEMBER_SEPARATOR); at !== -1; at = path.indexOf(MEMBER_SEPARATOR, at + 1)) {
    const archive = path.slice(0, at);
    if (isArchiveName(archive) && isFile(archive)) return { archive, member: path.slice(at + MEMBER_SEPARATOR.length) };
  }
  return null;
}

/**
 * One member's bytes, inflated with its declared size as the cap and checked against its CRC. Refused
 * as a file of that size would be (`too-large`, `empty`), as a zip bomb by its ratio, and by name when
 * it is encrypted or compressed by a method other than store and deflate.
 */
export function readMember(archive: string, member: string, limits: IngestLimits, maxBytes: number): Uint8Array {
  const members = archiveMembers(archive, limits);
  const found = members?.find((m) => m.name === member);
  if (!found) throw new ReadProblem('not-found', `no document named ${member} in the archive`);
  const e = found.entry;
  if (e.flags & 1) throw new ReadProblem('unreadable', 'encrypted (password-protected) in the archive; unpack it with its password and ingest the files');
  // The ratio and size a .docx entry is held to, before anything is inflated.
  checkDeclaredSizes([{ ...e, name: member }], limits);
  if (e.size > maxBytes) throw new ReadProblem('too-large', `${e.size} bytes, over the limit of ${maxBytes}; unpack it and split the file`);
  if (e.size === 0) throw new ReadProblem('empty', 'the file is empty (0 bytes)');
  if (e.method !== 0 && e.method !== 8) {
    throw new ReadProblem('unsupported-format', `compressed by zip method ${e.method} (not store or deflate); unpack the archive with 7-Zip and ingest the files`);
  }
  const file = openArchive(archive);
  try {
    const bytes = inflateEntry(file.at, e, ARCHIVE_ZIP, member);
    if (crc32(bytes) !== e.crc) throw new ReadProblem('truncated', `${member} is damaged in the archive (its CRC does not match); unpack it again from the original`);
    return bytes;
  } finally {
    file.close();
  }
}
