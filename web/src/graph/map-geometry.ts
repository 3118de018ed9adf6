// The province map's shapes: amCharts' China geodata (34 provincial-level features, ISO
// 3166-2:CN ids) projected with d3-geo's Mercator into SVG path strings, once per size.
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import chinaLow from '@amcharts/amcharts5-geodata/json/chinaLow.json' with { type: 'json' };

export interface ProvinceShape {
  /** ISO 3166-2:CN, e.g. CN-JL. */
  iso: string;
  /** English name in the geodata (the page shows the Chinese name from the regions lexicon). */
  name: string;
  d: string;
  /** Label point (the feature's centroid in the projection). */
  centroid: [number, number];
}

export const CHINA = chinaLow as unknown as FeatureCollection;

export function provinceShapes(width: number, height: number): ProvinceShape[] {
  const projection = geoMercator().fitSize([width, height], CHINA);
  const path = geoPath(projection);
  return CHINA.features.map((f) => ({
    iso: String(f.id ?? f.properties?.id),
    name: String(f.properties?.name ?? f.id),
    d: path(f) ?? '',
    centroid: path.centroid(f) as [number, number],
  }));
}
