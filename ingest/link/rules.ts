// Which document may implement which: the three rules of the cascade, apart from any scoring.
// - Level: only upward, central → national → provincial → municipal → county; a lower document
//   may implement documents of several higher levels at once (a city plan carries out its
//   province's and the national one).
// - Date: never a document issued after the lower one. Exact dates when both are known, else
//   years; when either year is unknown the link is allowed but flagged `dateUnknown`.
// - Region chain: a higher document's region must be on the lower one's chain up to 全国
//   (a 河南 city implements 河南 and national documents, not 广东's).
import type { Level } from '../../graph-schema/index.js';

export const LEVEL_ORDER: readonly Level[] = ['central', 'national', 'provincial', 'municipal', 'county'];
export const LEVEL_RANK: Record<Level, number> = { central: 0, national: 1, provincial: 2, municipal: 3, county: 4 };

/** The nation-wide region: a document for it (or with no region) applies everywhere. */
export const NATIONWIDE = '全国';

export interface RuleDoc {
  level?: Level;
  /** YYYY-MM-DD */
  issuedOn?: string;
  year?: number;
  region?: string;
  /** The region and its parents up to 全国, e.g. [长春市, 吉林省, 全国]. */
  regionChain: string[];
}

export type RuleVerdict =
  | { ok: true; dateUnknown?: true }
  | { ok: false; rule: 'level' | 'date' | 'region'; why: string };

export function levelAllows(lower: RuleDoc, higher: RuleDoc): boolean {
  if (!lower.level || !higher.level) return false;
  return LEVEL_RANK[lower.level] > LEVEL_RANK[higher.level];
}

/** 'later' when the higher document was issued after the lower one; 'unknown' when no year. */
export function dateOrder(lower: RuleDoc, higher: RuleDoc): 'ok' | 'later' | 'unknown' {
  if (lower.issuedOn && higher.issuedOn) return lower.issuedOn >= higher.issuedOn ? 'ok' : 'later';
  const ly = lower.year ?? yearOf(lower.issuedOn);
  const hy = higher.year ?? yearOf(higher.issuedOn);
  if (ly === undefined || hy === undefined) return 'unknown';
  return ly >= hy ? 'ok' : 'later';
}

export function regionAllows(lower: RuleDoc, higher: RuleDoc): boolean {
  if (!higher.region || higher.region === NATIONWIDE) return true;
  return lower.regionChain.includes(higher.region);
}

export function canImplement(lower: RuleDoc, higher: RuleDoc): RuleVerdict {
  if (!levelAllows(lower, higher)) {
    return { ok: false, rule: 'level', why: `${lower.level ?? 'no level'} cannot implement ${higher.level ?? 'no level'}` };
  }
  if (!regionAllows(lower, higher)) {
    return { ok: false, rule: 'region', why: `${higher.region} is not on the region chain ${lower.regionChain.join(' → ') || '(none)'}` };
  }
  const date = dateOrder(lower, higher);
  if (date === 'later') return { ok: false, rule: 'date', why: 'the higher document was issued after the lower one' };
  return date === 'unknown' ? { ok: true, dateUnknown: true } : { ok: true };
}

/** Days from the higher document's issue to the lower one's; years × 365 flagged approximate
 *  when a full date is missing on either side; undefined when a year is missing. */
export function lag(lower: RuleDoc, higher: RuleDoc): { lagDays: number; lagApprox?: true } | undefined {
  if (lower.issuedOn && higher.issuedOn) {
    return { lagDays: Math.round((Date.parse(lower.issuedOn) - Date.parse(higher.issuedOn)) / 86_400_000) };
  }
  const ly = lower.year ?? yearOf(lower.issuedOn);
  const hy = higher.year ?? yearOf(higher.issuedOn);
  if (ly === undefined || hy === undefined) return undefined;
  return { lagDays: (ly - hy) * 365, lagApprox: true };
}

function yearOf(date: string | undefined): number | undefined {
  return date ? Number(date.slice(0, 4)) : undefined;
}

/** The chain of a region and its parents, from a parent look-up (the lexicon's regions). */
export function regionChain(region: string | undefined, parentOf: (name: string) => string | undefined): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (let r = region; r && !seen.has(r); r = parentOf(r)) {
    seen.add(r);
    out.push(r);
  }
  return out;
}
