// Genre of a document: a regulation (law, 条例, 办法, 规定 … written in 第X条 articles) or a plan
// (plans, opinions, notices, work points: everything else).
import type { Genre, HistoryEvent } from '../../graph-schema/index.js';
import type { Unit } from './types.js';

/** Titles of legal instruments, after a trailing （试行）/（2021年修订） is set aside. */
const REGULATION_TITLE = /(法|条例|办法|规定|细则|规则|决定|决议|章程|准则|规程|解释)$/;

export function genreOf(title: string, units: Unit[], history: HistoryEvent[]): Genre {
  const articles = units.some((u) => u.kind === 'article');
  const bare = title.replace(/[（(][^）)]*[）)]$/, '');
  return articles && (REGULATION_TITLE.test(bare) || history.length > 0) ? 'regulation' : 'plan';
}
