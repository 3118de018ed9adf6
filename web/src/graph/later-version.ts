// Where the lag of a `laterVersion` link starts (ingest/link/rules.ts): the higher text is a later revision of a law
// adopted before the lower document, and the lag runs from the text in force when the lower document was issued,
// the latest adoption, amendment or revision in the law's history on or before that date. Session 34 trial: the
// evidence said "lag from the adoption" for 新乡's 2020 regulation and the 2021 消防法, whose 407 days run from the
// 2019-04-23 amendment (adopted 1998), and the cascade's pairs table gave the 407 days with no word of it.

import { carriedOutOn, ownVersions } from '../../../ingest/link/lag.js';

interface Dated {
  issuedOn?: string;
  year?: number;
  fileDate?: string;
  history?: readonly { date: string; action?: string }[];
}

/** The lower document's version a lag runs to when it is not its own date (ingest/link/lag.ts carriedOutOn, session
 *  46): the earliest date of its history on or after `since` (the higher text's date the lag runs from) and on or
 *  before its own. 浙江省促进科技成果转化条例's 2021 text (an amendment by a 等七件地方性法规的决定) under the 2015 law: 2017-03-30. */
export function lagUntil(lower: Dated, since: string | undefined): string | undefined {
  const own = lower.issuedOn;
  if (!own || !since) return undefined;
  const d = carriedOutOn({ issuedOn: own, ownVersionsOn: ownVersions(lower.history, own) }, since);
  return d && d !== own ? d : undefined;
}

/** The date of the higher text in force at the lower document's date, or undefined when either is unknown. */
export function lagSince(higher: Dated, lower: Dated): string | undefined {
  const date = lower.issuedOn ?? lower.fileDate ?? (lower.year !== undefined ? `${lower.year}-12-31` : undefined);
  if (!date) return undefined;
  const before = (higher.history ?? []).map((e) => e.date).filter((d) => d <= date).sort();
  return before.at(-1);
}
