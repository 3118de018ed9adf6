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

/** Per map feature with no column, the documents on the directive's subject there that are not compared
 *  (CoverageMatrix.uncompared): the map draws it apart from a province with no document (session 37 trial: 北京
 *  drawn "no document" beside its 1995 老年人权益保障条例). */
export function uncomparedByFeature(m: CoverageMatrix): Map<string, CoverageMatrix['uncompared']> {
  const shown = featureShares(m);
  const out = new Map<string, CoverageMatrix['uncompared']>();
  for (const d of m.uncompared) {
    const iso = isoOfProvince(d.province);
    if (!iso || shown.has(iso)) continue;
    out.set(iso, [...(out.get(iso) ?? []), d]);
  }
  return out;
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
