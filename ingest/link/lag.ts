// A link's lag: the days from the higher text a lower document carries out to the lower document's issue. Pure and
// free of the linker's lexicons, so coverage (the report, the server, the page) dates a chain exactly as the linker
// dates a direct link (rules.ts re-exports it).

/** The dates a lag is counted from: a document's issue (or year), and for a law whose text here is a later revision,
 *  its first adoption and every earlier version (rules.ts RuleDoc). */
export interface LagDoc {
  /** YYYY-MM-DD */
  issuedOn?: string;
  year?: number;
  adoptedOn?: string;
  versionsOn?: string[];
  /** YYYY-MM-DD of each version of this text's own history on or before its date (its adoption, approval, amendments,
   *  revisions: the 通过/修订/修正 lines the metadata stage reads, ingest/structure/history.ts), ascending. As the lower
   *  document of a link, its lag runs to the earliest of them on or after the higher text's date: the text that carried
   *  the higher one out, not a later amendment (session 46, trial: 浙江省促进科技成果转化条例's 2021 text, amended by a
   *  关于修改…等七件地方性法规的决定, was 2,223 days behind the 2015 law; its 2017 revision, 579). */
  ownVersionsOn?: string[];
}

export function yearOf(date: string | undefined): number | undefined {
  return date ? Number(date.slice(0, 4)) : undefined;
}

/** 'later' when the higher document was issued after the lower one; 'unknown' when no year. */
export function dateOrder(lower: LagDoc, higher: LagDoc): 'ok' | 'later' | 'unknown' {
  if (lower.issuedOn && higher.issuedOn) return lower.issuedOn >= higher.issuedOn ? 'ok' : 'later';
  const ly = lower.year ?? yearOf(lower.issuedOn);
  const hy = higher.year ?? yearOf(higher.issuedOn);
  if (ly === undefined || hy === undefined) return 'unknown';
  return ly >= hy ? 'ok' : 'later';
}

/** The date of the higher text the lag runs from: the higher document's own, or, when it is a later revision of a
 *  law adopted before the lower document, the version in force when the lower document was issued (the latest
 *  adoption, amendment or revision on or before it). Undefined when the higher document has no date. */
export function textInForce(lower: LagDoc, higher: LagDoc): { issuedOn?: string; year?: number } {
  if (higher.adoptedOn && dateOrder(lower, higher) === 'later') {
    const since = versionInForce(lower, higher.versionsOn ?? [higher.adoptedOn]) ?? higher.adoptedOn;
    return { issuedOn: since, year: yearOf(since) };
  }
  return { ...(higher.issuedOn ? { issuedOn: higher.issuedOn } : {}), ...(higher.year !== undefined ? { year: higher.year } : {}) };
}

/** A text's own versions on or before its date (LagDoc.ownVersionsOn), ascending, from its history lines: each adoption,
 *  amendment or revision, dated by its approval when one follows it (a city's regulation 通过 by its congress and 批准 by
 *  the province's is one text, in force from the approval: 淄博市节约能源条例 2020-08-27 修正, 2020-09-25 批准). */
export function ownVersions(history: readonly { date: string; action?: string }[] | undefined, issuedOn: string | undefined): string[] {
  if (!issuedOn || !history) return [];
  const dated = history.filter((e) => e.date && e.date <= issuedOn).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return [...new Set(dated.filter((_e, i) => dated[i + 1]?.action !== 'approved').map((e) => e.date))];
}

/** The date of the lower text the lag runs to: the earliest version in its own history (ownVersionsOn) on or after
 *  the higher text's date `since` and on or before its own, else its own date. Only between full dates. */
export function carriedOutOn(lower: LagDoc, since: string | undefined): string | undefined {
  if (!lower.issuedOn || !since) return lower.issuedOn;
  return (lower.ownVersionsOn ?? []).find((d) => d >= since && d <= lower.issuedOn!) ?? lower.issuedOn;
}

/** Days from the higher text in force when the lower document was issued (textInForce) to the lower text that carried
 *  it out (carriedOutOn: the lower document's earliest version on or after it, else its issue); years × 365 flagged
 *  approximate when a full date is missing on either side; undefined when a year is missing. */
export function lag(lower: LagDoc, higher: LagDoc): { lagDays: number; lagApprox?: true } | undefined {
  const since = textInForce(lower, higher);
  if (lower.issuedOn && since.issuedOn) {
    const until = carriedOutOn(lower, since.issuedOn)!;
    return { lagDays: Math.round((Date.parse(until) - Date.parse(since.issuedOn)) / 86_400_000) };
  }
  const ly = lower.year ?? yearOf(lower.issuedOn);
  const hy = since.year ?? yearOf(since.issuedOn);
  if (ly === undefined || hy === undefined) return undefined;
  return { lagDays: (ly - hy) * 365, lagApprox: true };
}

/** The latest of a law's version dates (ascending) on or before the lower document's date, or in or
 *  before its year when only the year is known. */
function versionInForce(lower: LagDoc, versions: string[]): string | undefined {
  const ly = lower.year ?? yearOf(lower.issuedOn);
  let found: string | undefined;
  for (const d of versions) {
    if (lower.issuedOn ? d <= lower.issuedOn : ly !== undefined && yearOf(d)! <= ly) found = d;
  }
  return found;
}
