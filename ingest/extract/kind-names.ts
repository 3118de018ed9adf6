// Session 52 (helper extract2; issue 13): names that are kinds, not one body or system (ingest/lexicon/kind-names.txt).
// - 广播电视台（站）应当… (options.ts orgBracketedKindOut): a body's name followed by a bracketed one-character head of the same kind's
//   other form names every station of the kind, no one body.
// - 构建与台湾地区高等教育合作交流平台 (abstractExchangePlatformOut): a platform named by the aims of exchange and cooperation only is
//   the guideline's abstract 交流合作平台.
import type { Lexicon } from '../lexicon/load.js';
import { memoOnLists } from './memo.js';
import { wordAlternation as alt } from './regex-words.js';

const bracketRegex = (lexicon: Lexicon) =>
  memoOnLists(lexicon, bracketRegex, [lexicon.kindNames.alternatives], () => new RegExp(`^[（(]${alt(lexicon.kindNames.alternatives)}[）)]`));

/** Whether the body name ending at `end` is followed by a bracketed alternative head (广播电视台|（站）). */
export function bracketedKind(text: string, end: number, lexicon: Lexicon): boolean {
  return bracketRegex(lexicon).test(text.slice(end, end + 3));
}

/** Whether the programme `canonical` is a platform named by exchange and cooperation only (…合作交流平台). */
export function abstractExchangePlatform(canonical: string, lexicon: Lexicon): boolean {
  return lexicon.kindNames.abstractPlatforms.some((h) => canonical.endsWith(h));
}

/** Session 54 (helper extract2; options.ts orgEncouragedSetUpOut): a body the text only encourages someone to set up — 鼓励依法设立家庭
 *  教育基金会 (promotion3's 重庆 家庭教育促进条例 第三十二条), 鼓励依法设立志愿服务基金会 (real's 重庆市志愿服务条例) — names a kind that
 *  anyone may found, no one body (as session 49's guided builders read a steered third party's list or platform). The verb of setting
 *  up ends the clause before the name, 鼓励 opens it. */
const ENCOURAGED_SET_UP = /鼓励[^，。；：！？\n]{0,12}?(?:依法)?(?:设立|建立|成立|组建|发起设立)$/;

/** Session 54 (helper extract2; options.ts orgSchoolOrganOut): a committee or council every school has or must set up — 参加学校的家长
 *  委员会, 中小学、幼儿园应当成立家长委员会 (promotion3's 重庆 第十五条, 第二十二条; the class of education's 浙江 and randomdev's 上海 义务教育
 *  texts, 学校应当建立家长委员会) — is each school's organ, no one body. */
const SCHOOL_ORGAN = /(?:学校|中小学|幼儿园)(?:、(?:学校|中小学|幼儿园))*(?:的|应当(?:成立|建立|设立))$/;
/** Session 54 (helper extract2; options.ts orgAsNeededOut): a body set up "as needed" — 省人民政府根据需要依法决定设立劳动人事争议仲裁
 *  委员会, 根据需要依法指导设立农村土地承包仲裁委员会, 根据需要设立人民调解委员会 — is a type of which the text allows any number, no
 *  one body (promotion3's 山东 第五十一条; the drafting of the mediation and arbitration laws). */
const AS_NEEDED = /根据(?:工作)?需要[^，。；：！？\n]{0,8}?(?:设立|成立|组建)$/;

/** The canonicals of Organisation mentions found (not lexicon entries, not the region's own) of which one mention is a body the text
 *  encourages someone to set up (or, with `schoolOrgans`, a school's organ; with `asNeeded`, a body set up as needed): every mention
 *  of such a name is the kind. */
export function encouragedSetUpOrgs(text: string, mentions: { type: string; canonical: string; span: [number, number] }[], known: (c: string) => boolean, region?: string, encouraged = true, schoolOrgans = false, asNeeded = false): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'Organisation' || out.has(m.canonical) || known(m.canonical)) continue;
    if (region && m.canonical.startsWith(region.replace(/[省市]$/, ''))) continue;
    const clause = /[^，。；：！？\n]*$/.exec(text.slice(Math.max(0, m.span[0] - 30), m.span[0]))![0];
    if ((encouraged && ENCOURAGED_SET_UP.test(clause)) || (schoolOrgans && SCHOOL_ORGAN.test(clause)) || (asNeeded && AS_NEEDED.test(clause))) out.add(m.canonical);
  }
  return out;
}
