// One name per real-world thing: lexicon aliases map to their canonical name (and type), quotes,
// editions (第35届, 2020) and 品牌/APP decorations go, and local references resolve to the
// document's region (省科学素质纲要实施办公室 in 吉林's plan → 吉林省科学素质纲要实施办公室).
import type { EntityType } from '../../graph-schema/index.js';
import type { Lexicon } from '../lexicon/load.js';
import { regionByName, regionPrefix } from '../lexicon/regions.js';
import type { DictHit } from './dictionary.js';

const aliasCache = new WeakMap<Lexicon, Map<string, { canonical: string; type: EntityType }>>();

function aliasMap(lexicon: Lexicon) {
  let m = aliasCache.get(lexicon);
  if (!m) {
    m = new Map();
    for (const [type, entries] of Object.entries(lexicon.entities) as [EntityType, Lexicon['entities'][EntityType]][]) {
      for (const e of entries) for (const a of [e.canonical, ...e.aliases]) m.set(strip(a), { canonical: e.canonical, type });
    }
    aliasCache.set(lexicon, m);
  }
  return m;
}

const EDITION = /^(第[\d一二三四五六七八九十百]+届|(19|20)\d{2}年?(度|第[\d一二三四五六七八九十百]+届)?)/;
const GOVERNMENT_BODY = /(科协|协会|委|局|厅|办|部|政府|委员会|办公室|人民代表大会|人大|工会|联合会|联|红十字会)$/;

/** The committees every congress, court and procuratorate has, named only by their kind (session 19). */
const KIND_COMMITTEE = /^(.+?)(?:各|有关的)?(?:工作委员会|专门委员会|审判委员会|检察委员会)$/;

function strip(s: string): string {
  return s.replace(/[“”《》]/g, '').replace(/(APP|App|app|品牌)$/, '');
}

/** Session 54 (helper extract, specialistTalentInfix): 专门 inside a …人才 name is a generic modifier (generic-heads.txt), dropped as
 *  the golds read it: 家庭教育专门人才 → 家庭教育人才, 科普专门人才 → 科普人才 (a lexicon entry of the shorter name wins). */
export function specialistInfix(name: string, lexicon: Lexicon): string {
  const m = /^(.{2,})专门(人才)$/.exec(name);
  if (!m) return name;
  const short = m[1] + m[2];
  return aliasMap(lexicon).get(short)?.canonical ?? short;
}

/** The lexicon's entry for a name as written, if any. */
export function lexiconEntry(name: string, lexicon: Lexicon) {
  return aliasMap(lexicon).get(strip(name));
}

export function canonicalEntity(hit: DictHit, lexicon: Lexicon, region?: string): string {
  let name = strip(hit.canonical).replace(EDITION, '');
  const known = aliasMap(lexicon).get(name);
  if (known) return known.canonical;
  // A category of persons belongs to no region: 河南省志愿者, 中国青年志愿者 → 志愿者, 青年志愿者.
  if (hit.type === 'TargetGroup') {
    const p = regionPrefix(name, lexicon);
    const rest = p ? name.slice(p.form.length) : name.replace(/^(中国|全国)/, '');
    if (rest.length >= 2) name = rest;
    // 城乡基层医务人员 → 医务人员, 一线科普人员 → 科普人员 (when the rest is a known group): the guideline drops generic
    // modifiers of place in the hierarchy (session 20; 基层法律服务工作者, a profession's own name, is its lexicon entry).
    const both = name.match(/^城乡(?:基层|一线)(.{2,})$/)?.[1];
    const one = name.match(/^(?:基层|一线)(.{2,})$/)?.[1];
    if (both) name = both;
    else if (one && aliasMap(lexicon).get(one)?.type === 'TargetGroup') name = one;
  }
  // 市人大常委会工作委员会, 最高人民法院审判委员会: a committee of a body named only by its kind is that body (sub-units
  // without a name of their own collapse into it; session 19).
  if (hit.type === 'Organisation') {
    const owner = name.match(KIND_COMMITTEE)?.[1];
    if (owner && owner.length >= 2 && (GOVERNMENT_BODY.test(owner) || /(常委会|法院|检察院)$/.test(owner))) return canonicalEntity({ ...hit, canonical: owner }, lexicon, region);
  }
  if (hit.type === 'Organisation' && !hit.asWritten && (GOVERNMENT_BODY.test(name) || /^[省市]/.test(name))) name = fullGovernment(shorten(localise(name, lexicon, region), lexicon), lexicon);
  return aliasMap(lexicon).get(name)?.canonical ?? name;
}

/** 四川省科学技术协会 → 四川省科协: the standard short form of a regional body's name. */
function shorten(name: string, lexicon: Lexicon): string {
  if (!regionPrefix(name, lexicon)) return name;
  for (const [long, short] of lexicon.shortForms) if (name.endsWith(long)) return name.slice(0, -long.length) + short;
  return name;
}

/** 吉林省政府 → 吉林省人民政府: a region's government by its full name, as laws write it. */
function fullGovernment(name: string, lexicon: Lexicon): string {
  const p = regionPrefix(name, lexicon);
  return p && name === `${p.region.name}政府` ? `${p.region.name}人民政府` : name;
}

/** 省X → <province>X in a provincial document; 长春卫健委 → 长春市卫健委. */
function localise(name: string, lexicon: Lexicon, region?: string): string {
  const r = region ? regionByName(region, lexicon) : undefined;
  if (r?.level === 'province' && /^省(?!级)/.test(name)) return r.name + name.slice(1);
  // 市X in a city's document, or in a municipality's (上海市: 市农业委员会 → 上海市农业委员会).
  if ((r?.level === 'city' || (r?.level === 'province' && r.name.endsWith('市'))) && /^市(?!级)/.test(name)) return r.name + name.slice(1);
  const p = regionPrefix(name, lexicon);
  if (p && p.form !== p.region.name && !name.startsWith(p.region.name)) return p.region.name + name.slice(p.form.length);
  return name;
}

/** Canonical organisation name for an issuer as written (湖北省科学技术协会 → 湖北省科协). */
export function canonicalOrganisation(name: string, lexicon: Lexicon): string {
  const known = aliasMap(lexicon).get(strip(name))?.canonical;
  if (known) return known;
  const short = shorten(name, lexicon);
  return aliasMap(lexicon).get(short)?.canonical ?? short;
}
