// Every knob of the coverage module in one object, each with where its value comes from (the linker's knobs are
// ingest/link/options.ts; coverage reads its links and verdicts). Imported by the explorer: no Node builtins.

export interface CoverageOptions {
  /** Coverage through the chain (coverage/index.ts measureRows, "via"). `named`: a lower document that names the
   *  directive itself (a CITES edge from it or one of its measures: 根据《中华人民共和国…法》《某省…条例》…制定) is read
   *  against the directive by its own links only; a chain through an intermediate document stands in only for a lower
   *  document that does not name the directive (焦作's regulation, which names 河南省's only). false: every lower
   *  document's rows take a chain where it is stronger than the direct links (session 23's reading). */
  chain: { named: boolean };
}

/** Session 62 (helper verdict, issue 13): `chain.named` measured on every development link set (fresh ingests,
 *  tests/eval/session62-verdict.ts): the chain rows the gold's direct reading does not count were 14 of the 1,203 wrong
 *  verdicts (soil 4, traffic 9, unseen 1); the gold of a city text that names both its province's regulation and the law
 *  links no city article through the province (tests/real/soil/README.md, "The cascade"). Figures and the held-out totals:
 *  docs/history/links.md, session 62 (helper verdict). */
export const CHAIN_NAMED_MEASURED: CoverageOptions['chain'] = { named: true };

export const COVERAGE_OPTIONS: CoverageOptions = {
  chain: { named: false },
};
