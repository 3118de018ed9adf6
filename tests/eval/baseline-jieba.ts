// The trivial baselines, run in a process of their own so that nodejieba has only its own default
// dictionary (ingest loads the project's lexicons into the same native module, which would flatter
// the baseline). stdin: JSON string[] (document texts); stdout: JSON, per text, names by type.
// Each rule is deliberately plain — it is the bar the extractor's rules must clearly beat:
//   Organisation: every word jieba tags `nt` (机构团体).
//   TargetGroup:  every noun (tag n…) of 2+ characters ending in a person character (PERSON_END).
//   Programme:    every word jieba segments that ends in a programme head (PROGRAMME_END), and every
//                 “…” quoted span of 2–20 characters.
//   Brand:        every word jieba tags `nz` (其他专名).
import nodejieba from 'nodejieba';
import { readFileSync } from 'node:fs';

export const PERSON_END = /[人者员民生师工士兵童女属]$/;
export const PROGRAMME_END = /(计划|工程|行动|项目|活动|大赛|竞赛|平台)$/;

export function baselineNames(text: string): Record<'Organisation' | 'Programme' | 'TargetGroup' | 'Brand', string[]> {
  const out = { Organisation: new Set<string>(), Programme: new Set<string>(), TargetGroup: new Set<string>(), Brand: new Set<string>() };
  for (const { word, tag } of nodejieba.tag(text)) {
    if (word.length < 2) continue;
    if (tag === 'nt') out.Organisation.add(word);
    if (tag === 'nz') out.Brand.add(word);
    if (tag.startsWith('n') && PERSON_END.test(word)) out.TargetGroup.add(word);
    if (PROGRAMME_END.test(word) && word.length > 2) out.Programme.add(word);
  }
  for (const m of text.matchAll(/“([^“”\n]{2,20})”/g)) out.Programme.add(m[1]!);
  return {
    Organisation: [...out.Organisation],
    Programme: [...out.Programme],
    TargetGroup: [...out.TargetGroup],
    Brand: [...out.Brand],
  };
}

const texts = JSON.parse(readFileSync(0, 'utf8')) as string[];
process.stdout.write(JSON.stringify(texts.map(baselineNames)));
