// Shared by the mainParts linker tests (parts-minority.test.ts, strength44.test.ts): a law article and two regions' articles
// linked with one mainParts setting, text scores only, and the verdict of a lower article's link to the law's 第十条.
import { withBigrams } from '../../../ingest/link/index.js';
import { linkMeasures, type LinkUnit } from '../../../ingest/link/implements.js';
import { linkOptions, type LinkOptions } from '../../../ingest/link/options.js';

/** Units from [id, document index, text] rows (document 0 the law). */
export const unitsOf = (rows: [string, number, string][]): LinkUnit[] =>
  rows.map(([id, docIndex, text]) => ({ id, docIndex, offset: 0, text, entities: new Set(), words: withBigrams([], text, true), genre: 'regulation' }));

/** The links of `units` with `mainParts` as given and the other strength rules off. */
export const linkedWith = (units: LinkUnit[], mainParts: LinkOptions['mainParts']) =>
  linkMeasures(
    units,
    (l, h) => l >= 1 && h === 0,
    [],
    linkOptions({ mainParts, sideParagraph: null, dutyListItem: null, clauseCover: null, topKPerClause: null, paragraphBest: null, procedureStages: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.05, partial: 0.05 }, relative: 0.5, topK: 1, pairIdf: true } } }),
  );

/** The verdict of `lower`'s link to law#第十条, if any. */
export const verdictTo = (links: ReturnType<typeof linkedWith>, lower: string) => links.find((l) => l.lower === lower && l.higher === 'law#第十条')?.verdict;
