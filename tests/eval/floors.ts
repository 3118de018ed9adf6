// Minimum scores the quality tests hold the extractor to, one file per gold set
// (floors-sample.json, floors-team.json, floors-real.json), and the check itself. A file names only
// the categories it gates.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ENTITY_TYPES } from '../../graph-schema/index.js';
import type { Totals } from './score.js';

export const FLOOR_KEYS = [
  ...ENTITY_TYPES,
  'anyType',
  'citedDocuments',
  'targets',
  'measures',
  'metadata',
  'meta.name',
  'meta.issuer',
  'meta.issuedOn',
  'meta.level',
  'meta.region',
  'history',
  'implements',
] as const;
export type FloorKey = (typeof FLOOR_KEYS)[number];

const Floors = z
  .object(Object.fromEntries(FLOOR_KEYS.map((k) => [k, z.number().min(0).max(1).optional()])) as Record<FloorKey, z.ZodOptional<z.ZodNumber>>)
  .strict();
export type Floors = z.infer<typeof Floors>;

export function readFloors(url: URL): Floors {
  return Floors.parse(JSON.parse(readFileSync(url, 'utf8')));
}

/** F1 for every category, accuracy for metadata fields; `implements` is the IMPLEMENTS link F1. */
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
    'meta.name': t.metaFields.name.accuracy,
    'meta.issuer': t.metaFields.issuer.accuracy,
    'meta.issuedOn': t.metaFields.issuedOn.accuracy,
    'meta.level': t.metaFields.level.accuracy,
    'meta.region': t.metaFields.region.accuracy,
    history: t.history.f1,
    implements: linkF1,
  };
}

/** The gated categories below their floor, as `key measured < floor`. */
export function belowFloors(floors: Floors, got: Record<FloorKey, number>): string[] {
  return FLOOR_KEYS.filter((k) => floors[k] !== undefined && got[k] < floors[k]!).map(
    (k) => `${k} ${got[k].toFixed(2)} < ${floors[k]}`,
  );
}
