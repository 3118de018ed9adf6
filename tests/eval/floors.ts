// Minimum scores the quality test holds the extractor to (floors.json), and the check itself.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ENTITY_TYPES } from '../../graph-schema/index.js';
import type { Totals } from './score.js';

export const FLOOR_KEYS = [...ENTITY_TYPES, 'anyType', 'citedDocuments', 'targets', 'measures', 'metadata', 'implements'] as const;
export type FloorKey = (typeof FLOOR_KEYS)[number];

const Floors = z.object(
  Object.fromEntries(FLOOR_KEYS.map((k) => [k, z.number().min(0).max(1)])) as Record<FloorKey, z.ZodNumber>,
).strict();
export type Floors = z.infer<typeof Floors>;

export function readFloors(url = new URL('./floors.json', import.meta.url)): Floors {
  return Floors.parse(JSON.parse(readFileSync(url, 'utf8')));
}

/** F1 for every category, accuracy for metadata; `implements` is the IMPLEMENTS link F1. */
export function measured(t: Totals, linkF1 = 0): Record<FloorKey, number> {
  return {
    Organisation: t.entities.Organisation.f1,
    Programme: t.entities.Programme.f1,
    TargetGroup: t.entities.TargetGroup.f1,
    Brand: t.entities.Brand.f1,
    anyType: t.anyType.f1,
    citedDocuments: t.citedDocuments.f1,
    targets: t.targets.f1,
    measures: t.measures.f1,
    metadata: t.metadata.accuracy,
    implements: linkF1,
  };
}
