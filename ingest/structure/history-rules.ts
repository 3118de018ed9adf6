// The rules that read a law's or regulation's history lines, as data: which words name an action,
// and how a meeting or an order names the body that acted. history.ts applies them.
//
// Forms seen in the national law database and its mirrors (one event per line, or several on
// one line, or the official sites' one bracketed block):
//   2021年5月26日 广东省第十三届人民代表大会常务委员会第三十二次会议通过
//   （2021年5月26日广东省第十三届人民代表大会常务委员会第三十二次会议通过　根据2023年…修正）
//   2022年11月30日 广东省第十三届人民代表大会常务委员会第四十七次会议批准
//   2021年4月29日 第十三届全国人民代表大会常务委员会第二十八次会议《关于修改〈…〉等八部法律的决定》第三次修正
//   2014年2月19日 《国务院关于废止和修改部分行政法规的决定》第一次修订
//   2011年4月16日 中华人民共和国国务院令第596号公布
//   2012年6月28日 淄博市…会议通过并经2012年8月1日山东省…会议批准的《淄博市…关于修改…的决定》第二次修正
//   2018年11月30日 山东省…会议批准的2018年9月7日青岛市…会议《关于修改…的决定》第五次修正
//   《X条例》已由某市第八届人民代表大会常务委员会第八次会议于2022年10月31日通过 (an announcement)
import type { HistoryAction } from '../../graph-schema/index.js';

/** What a clause's verb says happened; `promulgated` and `effective` are read but not kept as such. */
export type ClauseAction = HistoryAction | 'promulgated' | 'effective';

/**
 * Verbs, strongest first: a clause that says 修订 anywhere (修订通过, 通过修订, 第二次修订) is a
 * revision; 修正 an amendment; 批准 an approval; 通过 an adoption; 公布/发布/印发 a promulgation by order or
 * announcement (kept as the adoption only when the version has no adoption line, as for most
 * 行政法规 and 部门规章); 施行 the date it takes effect (not an event of the text).
 */
export const ACTION_WORDS: { re: RegExp; action: ClauseAction }[] = [
  { re: /修订/, action: 'revised' },
  { re: /修正|修改/, action: 'amended' },
  { re: /批准/, action: 'approved' },
  { re: /通过/, action: 'adopted' },
  { re: /公布|发布|颁布|印发/, action: 'promulgated' },
  // A dated order alone (2017年11月22日 中华人民共和国国务院令第692号): the order promulgated it.
  { re: /令第[\d〇零一二三四五六七八九十百]+号$/, action: 'promulgated' },
  { re: /施行/, action: 'effective' },
];

const NUM = '[\\d〇零一二三四五六七八九十百]+';

/** Pieces of a meeting or an order that are not the body's name, removed in this order. */
export const BODY_NOISE: RegExp[] = [
  /\s+/g,
  // …会议通过批准的《…决定》修正: the approving meeting's own 通过 is not part of its name.
  /(审议)?通过$/,
  /^(根据|经|由|在|于|并经)/,
  /(的|并经|和|及)$/,
  /《?关于.*$/,
  new RegExp(`(令|公告)?(第${NUM}号)?$`),
  new RegExp(`第?${NUM}次(全体)?(常务)?(会议)?`, 'g'),
  new RegExp(`第${NUM}$`),
  /\d{4}年$/,
  new RegExp(`(第?${NUM}届)`, 'g'),
  /(部长|部务|局务|署务|行务|委务|室务|主任|常务|办公|全体)*会议$/,
  /(审议|表决|讨论)$/,
  // A court's 审判委员会 and a procuratorate's 检察委员会 are its deciding meetings (as a ministry's
  // 部务会议): the body is the court (最高人民法院审判委员会第1747次会议 → 最高人民法院).
  /(审判委员会|检察委员会)$/,
];

/** Short forms of legislatures written in history lines: 省十二届人大常委会 → 省人民代表大会常务委员会. */
export const BODY_EXPANSIONS: [RegExp, string][] = [
  [/人大常委会/g, '人民代表大会常务委员会'],
  [/人大(?!常务|代表)/g, '人民代表大会'],
  [/常委会$/, '常务委员会'],
  // Names the mirror cut or doubled (山东省人民代表大会常务委员第十五次会议, …常务委员会会议会): the body is whole.
  [/常务委员$/, '常务委员会'],
  [/常务委员会会$/, '常务委员会'],
  // …and names it dropped a character of (北京市…人民代表大会常务员会, 临沂市…人民代表会; session 19 mirror scan).
  [/常务员会$/, '常务委员会'],
  [/人民代表会$/, '人民代表大会'],
  // (…人民代表大会常委员会, a character the 广东 text dropped: session 37 (plans), the metadata scan.)
  [/人民代表大会常委员会$/, '人民代表大会常务委员会'],
  [/中央军委/g, '中央军事委员会'],
  [/^国务院中央军事委员会$/, '国务院、中央军事委员会'],
];

/** 中华人民共和国 before a state organ is dropped (中华人民共和国国务院令 → 国务院), not before 全国. */
export const STATE_PREFIX = /(^|、)中华人民共和国(?=国务院|中央军事委员会|国家|[\u4e00-\u9fff]{1,10}(部|委员会|总局|总署|局|署|银行))/g;

/** A body's name ends like this; anything else is not a body (then the decision's title is asked). */
export const BODY_END = /(人民代表大会|常务委员会|国务院|中央军事委员会|政府|部|委员会|总局|总署|局|署|银行|办公厅|院)$/;
