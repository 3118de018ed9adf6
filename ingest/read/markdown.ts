// Markdown → plain lines, minimally: the markup a policy text in .md carries (headings, emphasis,
// links, bullets, quotes, tables) goes; the words and the document's own numbering (一、 1.) stay.

function inline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // image → its alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // link → its text
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // reference link
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1')
    .replace(/(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])/g, '$1')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
}

export function markdownToText(md: string): string {
  const out: string[] = [];
  let fenced = false;
  for (const raw of md.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      out.push(raw);
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(raw)) continue; // horizontal rule
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(raw)) continue; // table separator row
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(raw)) continue; // link reference definition
    let line = raw
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s*(>\s?)+/, '')
      .replace(/^(\s*)[-*+]\s+(\[[ xX]\]\s+)?/, '$1');
    if (/^\s*\|.*\|\s*$/.test(line)) {
      line = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).join('\t');
    }
    out.push(inline(line));
  }
  // Setext headings: the === / --- underline goes, the heading line stays.
  return out.filter((line) => !/^\s*(=+|-+)\s*$/.test(line)).join('\n');
}
