// Who issued a document, and so its level and region: from the signature above the date line,
// else from the organisation its title begins with (吉林省科协2020年… → 吉林省科协).
import type { Level } from '../../graph-schema/index.js';
import type { Lexicon } from '../lexicon/load.js';
import { regionPrefix } from '../lexicon/regions.js';

const ORG_NAME_LINE = /^[\u4e00-\u9fff（）()、]{3,40}$/;

/** A signature line: an organisation's name alone on the line (several joined by 、 or spaces). */
export function isSignatureLine(line: string, lexicon: Lexicon): boolean {
  const l = line.trim();
  if (!ORG_NAME_LINE.test(l.replace(/\s+/g, ''))) return false;
  return lexicon.orgSuffixes.some((s) => l.endsWith(s)) || knownOrg(l, lexicon) !== undefined;
}

function knownOrg(name: string, lexicon: Lexicon): string | undefined {
  for (const e of lexicon.entities.Organisation) {
    if (e.canonical === name || e.aliases.includes(name)) return e.canonical;
  }
  return undefined;
}

/** The organisation a title starts with: a lexicon name, else a run ending in an org suffix. */
export function issuerFromTitle(title: string, lexicon: Lexicon): string | undefined {
  let best = '';
  for (const e of lexicon.entities.Organisation) {
    for (const n of [e.canonical, ...e.aliases]) {
      if (title.startsWith(n) && n.length > best.length && title.length > n.length) best = n;
    }
  }
  const suffixes = [...lexicon.orgSuffixes].sort((a, b) => b.length - a.length);
  for (let end = Math.min(title.length - 2, 24); end >= 2; end--) {
    const head = title.slice(0, end);
    if (head.length > best.length && suffixes.some((s) => head.endsWith(s)) && !/[《年关于]/.test(head)) {
      best = head;
      break;
    }
  }
  return best || undefined;
}

export function levelAndRegion(
  issuer: string | undefined,
  title: string,
  lexicon: Lexicon,
): { level?: Level; region?: string } {
  for (const name of [issuer, title]) {
    if (!name) continue;
    const r = regionPrefix(name, lexicon);
    if (r) {
      const level: Level =
        r.region.level === 'province' ? 'provincial' : r.region.level === 'city' ? 'municipal' : 'county';
      return { level, region: r.region.name };
    }
  }
  for (const name of [issuer, title]) {
    if (!name) continue;
    const rule = lexicon.levels.find((l) => l.re.test(name));
    if (rule) return { level: rule.level, region: '全国' };
  }
  return {};
}
