// Where the lag of a `laterVersion` link starts (ingest/link/rules.ts): the higher text is a later revision of a law
// adopted before the lower document, and the lag runs from the text in force when the lower document was issued,
// the latest adoption, amendment or revision in the law's history on or before that date. Session 34 trial: the
// evidence said "lag from the adoption" for 新乡's 2020 regulation and the 2021 消防法, whose 407 days run from the
// 2019-04-23 amendment (adopted 1998), and the cascade's pairs table gave the 407 days with no word of it.

interface Dated {
  issuedOn?: string;
  year?: number;
  fileDate?: string;
  history?: readonly { date: string }[];
}

/** The date of the higher text in force at the lower document's date, or undefined when either is unknown. */
export function lagSince(higher: Dated, lower: Dated): string | undefined {
  const date = lower.issuedOn ?? lower.fileDate ?? (lower.year !== undefined ? `${lower.year}-12-31` : undefined);
  if (!date) return undefined;
  const before = (higher.history ?? []).map((e) => e.date).filter((d) => d <= date).sort();
  return before.at(-1);
}
