// Session 62 (helper implrules, issue 13): the form of a lower article that cites articles of a higher text by number.
// An article whose whole provision is to apply the cited articles (…的，用人单位应当依照劳动合同法第四十七条的规定向劳动者支付
// 经济补偿; …依照劳动合同法第四十八条的规定执行) or to define a term of them (劳动合同法第十四条第二款规定的连续工作满10年的起始时间，
// 应当自…计算) carries, in that text, the articles it cites and no other: the words it shares with other articles of the
// law come from its condition (以完成一定工作任务为期限的劳动合同…终止的 → the law's kinds of contract), not from its
// provision. An article that cites a law article as a condition of a provision of its own (劳动者依照劳动合同法第三十八条
// 的规定解除劳动合同的，不属于违反服务期的约定) or beside another provision (…，并向…申请登记; a second sentence) may carry
// others (options.citedOnly, tabulated in tests/eval/session62-citing.ts). Pure: the explorer's replay may import it.

/** The drafting forms, regex sources read over an article's text without whitespace (options.citedOnly). */
export interface CitedOnlyForms {
  /** Right before the citation, in its clause: the referral (依照, 按照, with or without a modal) or a duty verb whose object
   *  is the cited provision (应当履行…规定的义务). */
  referralBefore: string;
  /** Right after the citation: what joins it to the act (的规定, 规定的 …). */
  referralAfter: string;
  /** After the citation, to the sentence's end: a condition closing (…解除劳动合同的，; …委托档案服务时，) or a modal of a main
   *  clause still to come (…规定作出…决定的复审案件，应当…): the citation sits in a condition or a modifier of another provision. */
  conditionAfter: string;
  /** Right after a citation that opens the article: the term of the cited provision it defines (…规定的X，是指 / 包括 / 应当…). */
  definitionAfter: string;
  /** After the citation's clause: a second provision joined to the first (，并…, …；…). */
  secondProvision: string;
}

/** The form of an article citing `citations` (spans in `text`, the article's text as the link stage holds it, label
 *  included): 'referral' (its provision applies the cited articles), 'definition' (it defines a term of them), or undefined
 *  (a condition, a side clause, more than one provision, more than one paragraph). */
export function citedOnlyForm(text: string, citations: readonly [number, number][], forms: CitedOnlyForms): 'referral' | 'definition' | undefined {
  if (!citations.length) return undefined;
  // One paragraph, or one lead-in (…：) whose list items follow: the items are its conditions or its duties, each one line.
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const item = /^[（(][一二三四五六七八九十]+[)）]/;
  const lead = lines[0] ?? '';
  if (lines.slice(1).some((l) => !item.test(l))) return undefined;
  if (lines.length > 1 && !/：$/.test(lead.replace(/\s+/g, ''))) return undefined;
  const leadEnd = text.indexOf(lines[0]) + lines[0].length;
  // The first citation in the lead (the others name the same text, read in its list or after it).
  const first = citations.filter(([s]) => s < leadEnd).sort((a, b) => a[0] - b[0])[0];
  if (!first) return undefined;
  const flat = (t: string) => t.replace(/\s+/g, '');
  const label = /^第[一二三四五六七八九十百零〇]+条(?:之[一二三四五六七八九十]+)?/;
  const before = flat(text.slice(0, first[0])).replace(label, '');
  const after = flat(text.slice(first[1], leadEnd));
  // One sentence: no 。 or ； before the lead's end but its last character.
  const body = before + '§' + after;
  if (/[。；]/.test(body.slice(0, -1))) return undefined;
  const rest = after.replace(/[。：]$/, '');
  if (new RegExp(forms.secondProvision).test(rest)) return undefined;
  if (!before && new RegExp(forms.definitionAfter).test(rest)) return 'definition';
  const clauseBefore = before.split(/[，：]/).pop() ?? '';
  if (!new RegExp(forms.referralBefore).test(clauseBefore)) return undefined;
  if (!new RegExp(forms.referralAfter).test(rest)) return undefined;
  if (new RegExp(forms.conditionAfter).test(rest)) return undefined;
  return 'referral';
}

/** Session 62's reading (options.citedOnly, `CITED_ONLY_62`). */
export const CITED_ONLY_FORMS: CitedOnlyForms = {
  referralBefore: '(?:依照|按照)$|(?:应当|必须)(?:履行|遵守|具备|符合)$',
  referralAfter: '^(?:的)?规定',
  conditionAfter: '(?:的|时)，|应当|可以|不得|必须',
  definitionAfter: '^(?:的)?(?:规定的|所称)',
  secondProvision: '，并|；|。',
};
