// The selection's settings a snapshot keeps (graph-schema LinkSelection) under the ingest's link options, beside
// its thresholds (options.ts snapshotThresholds). Apart from select.ts, which the explorer's page loads and which
// must not load options.ts (it reads lexicon files).
import type { Genre, LinkSelection } from '../../graph-schema/index.js';
import { linkOptions, profileFor, type LinkOptions } from './options.js';
import { selectionSettings } from './select.js';

export function snapshotSelection(overrides: Partial<LinkOptions> = {}): LinkSelection {
  const o = linkOptions(overrides);
  return selectionSettings(o, (g) => profileFor(o, g), Object.keys(o.genres) as Genre[]);
}
