// The charset a saved page declares in <meta charset> or <meta http-equiv="Content-Type">.

const GB_LABELS = new Set(['gb2312', 'gbk', 'x-gbk', 'gb18030', 'cp936', 'ms936', 'windows-936', 'euc-cn', 'csgb2312', 'chinese', 'iso-ir-58']);
const BIG5_LABELS = new Set(['big5', 'big5-hkscs', 'x-x-big5', 'cn-big5', 'csbig5', 'cp950', 'ms950', 'windows-950']);

/** Canonical name for a charset label: the GB family maps to gb18030 (its superset), the Big5 family to big5. */
export function canonicalCharset(label: string): string {
  const l = label.trim().toLowerCase();
  if (GB_LABELS.has(l)) return 'gb18030';
  if (BIG5_LABELS.has(l)) return 'big5';
  if (l === 'utf8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  return l;
}

/**
 * The declared charset, canonical, or undefined. Like the HTML prescan it looks only at the start
 * (first 4 KB) and only works for ASCII-compatible encodings, which is what GBK/Big5 pages are.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(meta);
    if (m) return canonicalCharset(m[1]);
  }
  // An XML declaration (XHTML) also names its encoding.
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.-]+)/i.exec(head);
  return xml ? canonicalCharset(xml[1]) : undefined;
}
