// The province map's data: each province-level region's ISO 3166-2:CN code (the feature id of the
// amCharts China map), read from ingest/lexicon/regions.iso.json, and the coverage share of each
// map feature from a coverage matrix (provinces with no document: null, drawn grey).
import table from '../ingest/lexicon/regions.iso.json' with { type: 'json' };
import { provinceShares, type CoverageMatrix, type Share } from './matrix.js';

export const PROVINCE_ISO: Readonly<Record<string, string>> = table.codes;

/** The ISO code of a province-level region name (吉林省 → CN-JL); undefined for others. */
export function isoOfProvince(province: string | undefined): string | undefined {
  return province ? PROVINCE_ISO[province] : undefined;
}

export interface FeatureShare extends Share {
  iso: string;
  provinces: string[];
  documents: number;
}

/** Coverage per map feature (several regions may share one: 兵团 inside 新疆). */
export function featureShares(m: CoverageMatrix): Map<string, FeatureShare> {
  const out = new Map<string, FeatureShare>();
  for (const [province, s] of provinceShares(m)) {
    const iso = isoOfProvince(province);
    if (!iso) continue;
    const p = out.get(iso);
    const implemented = (p?.implemented ?? 0) + s.implemented;
    const partial = (p?.partial ?? 0) + s.partial;
    const applicable = (p?.applicable ?? 0) + s.applicable;
    out.set(iso, {
      iso,
      provinces: [...(p?.provinces ?? []), province],
      documents: (p?.documents ?? 0) + s.documents,
      implemented,
      partial,
      applicable,
      share: applicable ? (implemented + partial) / applicable : null,
    });
  }
  return out;
}
