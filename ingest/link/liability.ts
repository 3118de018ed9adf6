// A general liability clause (options.generalLiability, session 29): a lower penalty article that sanctions in general terms
// (违反法律援助有关规定的，由司法行政部门依法给予处分；滥用职权、玩忽职守、徇私舞弊，尚不构成犯罪的，依法给予处分) restates a higher
// penalty article that lists the conduct or sets its sanctions only "in general terms", which the link gold's strong/weak
// rule calls weak (tests/gold/README.md, "Strong vs weak": "a general liability clause"; legal aid: "General liability
// articles naming the bodies … link weak to the 条例's liability articles for those bodies").
import type { LinkOptions } from './options.js';
import { ARTICLE_LABEL } from './article-label.js';

type Rule = Pick<NonNullable<LinkOptions['generalLiability']>, 'referral' | 'concrete'>;
type StrengthRule = Pick<NonNullable<LinkOptions['generalLiability']>, 'referral' | 'concrete' | 'strength'>;

const ITEM = /[（(][一二三四五六七八九十]+[)）]/;

export interface Liability {
  /** The sanction is only a referral (依法给予处分, 依法追究责任, 依照有关法律、法规的规定给予处罚) and no concrete one. */
  general: boolean;
  /** The article lists the conduct (（一）…) or sets a concrete sanction (罚款, 警告, 停止执业 …). */
  specific: boolean;
}

/** How a penalty article sanctions, by `rule`: general when it refers the sanction to the law (rule.referral), sets none of
 *  its own (rule.concrete) and lists no conduct (an article naming the duty it sanctions, 违反本条例第九条规定的, is general
 *  still: its sanction is the law's, in general terms); specific when it lists conduct or sets a concrete sanction. */
export function liabilityOf(rule: Rule): (text: string) => Liability {
  const [referral, concrete] = [new RegExp(rule.referral), new RegExp(rule.concrete)];
  return (text) => {
    const t = text.replace(ARTICLE_LABEL, '').replace(/\s+/g, '');
    const items = ITEM.test(t);
    const sanction = concrete.test(t);
    return { general: referral.test(t) && !sanction && !items, specific: items || sanction };
  };
}

/** Session 46 (rule.strength; the strength test only): whether a penalty article is a general liability clause once the
 *  boilerplate tail it ends in (构成犯罪的，依法追究刑事责任; 依法承担民事责任: rule.strength.tail) is read out of it, a sanction of
 *  a person's post (解聘, 开除 …: rule.strength.post) counting as a sanction of its own. 教师侮辱、殴打、体罚学生的，由所在单位…给予
 *  批评教育、行政处分或者解聘；…构成犯罪的，依法追究刑事责任 sanctions its own conduct: it is no clause in general terms. Without
 *  rule.strength, liabilityOf's `general`. */
export function generalOwnOf(rule: StrengthRule): (text: string) => boolean {
  const of = liabilityOf(rule);
  const referral = new RegExp(rule.referral);
  const tail = rule.strength?.tail ? new RegExp(rule.strength.tail, 'g') : undefined;
  const post = rule.strength?.post ? new RegExp(rule.strength.post) : undefined;
  return (text) => {
    if (!of(text).general) return false;
    const t = text.replace(ARTICLE_LABEL, '').replace(/\s+/g, '');
    const own = tail ? t.replace(tail, '') : t;
    return referral.test(own) && !(post?.test(own) ?? false);
  };
}

/** The classes of sanctioned persons a text names (options.liabilityRestated.persons: the leader 负责人 | 领导人, those directly
 *  responsible 直接负责的主管人员 | 直接责任人员), by index; the standard formula of a Chinese liability article names them for
 *  处分 (对直接负责的主管人员和其他直接责任人员依法给予处分). */
export function personClasses(text: string, classes: RegExp[]): number[] {
  return classes.flatMap((re, i) => (re.test(text) ? [i] : []));
}
