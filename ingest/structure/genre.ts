// Genre of a document: a regulation (law, 条例, 办法, 规定 … written in 第X条 articles) or a plan
// (plans, opinions, notices, work points: everything else).
import type { Genre, HistoryEvent } from '../../graph-schema/index.js';
import type { Unit } from './types.js';

/** Titles of legal instruments, after a trailing （试行）/（2021年修订）/（十一） is set aside. A
 *  修正案 (刑法修正案（十一）, 宪法修正案) amends a law item by item; 批复 and 安排 are forms of 司法解释
 *  (最高人民法院关于…的批复, …关于内地与澳门特别行政区…的安排); a 规范 in articles is a rule (交通警察道路执勤执法工作规范);
 *  each counted only with articles or a history line. */
const REGULATION_TITLE = /(法|法典|条例|办法|规定|细则|规则|决定|决议|章程|准则|规程|解释|修正案|批复|安排|规范)$/;

/**
 * A regulation is written in articles and titled as a legal instrument or dated by its history
 * lines. Without articles (一、二、 items: the NPCSC's 若干规定 of 1983, a 修正案, a 常委会's 决定), a
 * legal title with a history line (adopted by a meeting, promulgated by an order) is one too: plans
 * are not adopted by a legislature's meeting.
 */
export function genreOf(title: string, units: Unit[], history: HistoryEvent[], issuer?: string): Genre {
  const articles = units.some((u) => u.kind === 'article');
  const bare = title.replace(/[（(][^）)]*[）)]$/, '');
  if (isJudicialInterpretation(bare, history, issuer) || isStateCouncilRegulation(bare, issuer)) return 'regulation';
  const legalTitle = REGULATION_TITLE.test(bare);
  // An instrument printed with its forms (…公文处理实施细则及文种式样: session 32 (plans), a real 盟 office's 细则 in articles)
  // is titled by the instrument: in articles, the part before 及/和/暨 and a short companion's name counts.
  const withCompanion = articles && REGULATION_TITLE.test(bare.replace(COMPANION, ''));
  if (articles && (legalTitle || withCompanion || history.length > 0)) return 'regulation';
  return legalTitle && !RESOLUTION.test(bare) && history.length > 0 ? 'regulation' : 'plan';
}

/** A companion printed with the instrument, named after 及, 和 or 暨 at the title's end (及文种式样, 和附表). */
const COMPANION = /(及|和|暨)[\u4e00-\u9fff]{1,8}$/;

/** A 决议 (resolution) records what a meeting resolved on a major matter (党政机关公文处理工作条例 第八条):
 *  a congress's 关于加强…/促进…的决议 in items 一、二、 calls on bodies to act, it lays down no rule. It is
 *  a regulation only when written in articles (第X条); a 决定 in items may set rules (a tax rate) and stays one. */
const RESOLUTION = /决议$/;

/** The supreme court and procuratorate: what their deciding committees adopt is a judicial interpretation. */
const SUPREME = /^(最高人民法院|最高人民检察院)(、(最高人民法院|最高人民检察院))?$/;
/** The forms of a judicial interpretation (最高人民法院关于司法解释工作的规定 2007 第六条: 解释, 规定, 规则,
 *  批复, 决定; the procuratorate's rules add 意见), and 安排 with the Hong Kong and Macao courts. */
const INTERPRETATION_FORM = /(解释|规定|规则|批复|决定|安排)$/;

/**
 * A judicial interpretation is a legal instrument whatever it is titled (a 1990s 解答, 通知 or 意见): it
 * is one when the court's 审判委员会 or the procuratorate's 检察委员会 adopted it (司法解释工作的规定: a
 * judicial interpretation must be adopted so; the history names the court), or when a supreme court or
 * procuratorate issues it under a form of interpretation (…的规定 printed without its header). A court's
 * 意见 without an adoption line (a policy of judicial service) stays a plan.
 */
function isJudicialInterpretation(title: string, history: HistoryEvent[], issuer?: string): boolean {
  if (history.some((h) => h.action === 'adopted' && SUPREME.test(h.by))) return true;
  return issuer !== undefined && SUPREME.test(issuer) && INTERPRETATION_FORM.test(title);
}

/** The State Council (alone or with the Central Military Commission) and the forms of an administrative
 *  regulation: 行政法规制定程序条例 第五条 (条例, 规定, 办法; 暂行条例/暂行规定 by delegation) and their
 *  实施细则. A 国务院关于…的规定/实施办法 written in items 一、二、 is one (the mirror's 行政法规 folder);
 *  its 通知, 决定 and 意见 stay plans. */
const STATE_COUNCIL = /^(中华人民共和国)?国务院(、(中华人民共和国)?中央军事委员会)?$/;
const ADMINISTRATIVE_FORM = /(条例|规定|办法|细则)$/;

function isStateCouncilRegulation(title: string, issuer?: string): boolean {
  return issuer !== undefined && STATE_COUNCIL.test(issuer) && ADMINISTRATIVE_FORM.test(title);
}
