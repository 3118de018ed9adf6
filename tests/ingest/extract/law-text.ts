// Shared by the extraction rule tests: a regulation written for a test, the names of one entity type read from a
// text, and the numeric targets of one measure as [metric, comparator, value, unit].
import { extract, type ExtractOptions } from '../../../ingest/extract/index.js';
import { findTargets } from '../../../ingest/extract/targets.js';
import { extracted, lexicon, structured } from '../helpers.js';

/** A regulation of articles 第一条 … 第十条 under its title line. */
export const regulation = (title: string, ...articles: string[]) =>
  `${title}\n${articles.map((a, i) => `第${'一二三四五六七八九十'[i]}条　${a}`).join('\n')}`;

/** The canonical names of `type` extracted from `text` (with `options` over the defaults), sorted, each once. */
export const names = (type: string, text: string, options: Partial<ExtractOptions> = {}) =>
  [...new Set(extract(structured('x.txt', text), lexicon, options).mentions.filter((m) => m.type === type).map((m) => m.canonical))].sort();

/** The targets read from `text` as one measure. */
export const targets = (text: string) =>
  findTargets(text, { path: '1', span: [0, text.length] }, lexicon).map((t) => [t.metric, t.comparator, t.value, t.unit]);

/** The targets read from `article` as the second article of a made-up municipal regulation, as [metric, comparator, value,
 *  unit] (the numeric-target rule tests of sessions 35 to 42). */
export const articleTargets = (article: string) =>
  extracted('x.md', `某某市某某条例\n\n第一条　为了规范管理，制定本条例。\n\n第二条　${article}\n`).targets.map((t) => [t.metric, t.comparator, t.value, t.unit]);
