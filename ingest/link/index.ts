// Link stage: which documents are the same text (duplicates), and which measures implement
// which (text reuse + shared entities), across levels: central → national → provincial → …
import type { Level } from '../../graph-schema/index.js';
import type { LinkDoc, LinkUnit, ReuseLink } from './text-reuse.js';
import { DEFAULT_LINK_OPTIONS, linkMeasures, type LinkOptions } from './implements.js';

export { DEFAULT_LINK_OPTIONS, type LinkOptions } from './implements.js';

export { duplicateGroups } from './duplicates.js';
export type { LinkUnit, ReuseLink } from './text-reuse.js';

export const LEVEL_RANK: Record<Level, number> = { central: 0, national: 1, provincial: 2, municipal: 3, county: 4 };

export interface LinkInput {
  level?: Level;
  year?: number;
  region?: string;
  /** Region chain up to 全国, e.g. [长春市, 吉林省, 全国]. */
  regionChain: string[];
}

/**
 * A lower document can implement a higher one when it sits at a lower level, is not older, and
 * its region lies inside the higher document's region.
 */
export function implementLinks(
  docs: LinkInput[],
  units: LinkUnit[],
  boilerplate: string[] = [],
  options: LinkOptions = DEFAULT_LINK_OPTIONS,
): ReuseLink[] {
  const linkDocs: (LinkDoc & { chain: string[] })[] = docs.map((d) => ({
    rank: d.level ? LEVEL_RANK[d.level] : -1,
    year: d.year,
    region: d.region,
    chain: d.regionChain,
  }));
  return linkMeasures(linkDocs, units, (lower, higher) => {
    if (lower.rank < 0 || higher.rank < 0 || lower.rank <= higher.rank) return false;
    if (lower.year !== undefined && higher.year !== undefined && lower.year < higher.year) return false;
    const l = lower as (typeof linkDocs)[number];
    return !higher.region || higher.region === '全国' || l.chain.includes(higher.region);
  }, boilerplate, options);
}
