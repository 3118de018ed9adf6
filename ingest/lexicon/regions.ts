// Region look-ups over the lexicon: which region a name starts with (吉林省科协 → 吉林省),
// and the chain of parents (长春市 → 吉林省 → 全国).
import type { Lexicon, RegionEntry } from './load.js';

export interface RegionMatch {
  region: RegionEntry;
  /** The form found at the start of the name (吉林省 or 吉林). */
  form: string;
}

const cache = new WeakMap<Lexicon, Map<string, { form: string; region: RegionEntry }[]>>();

/** Forms by first character, longest first: ~800 forms, so a look-up compares only a few. */
function forms(lexicon: Lexicon) {
  let f = cache.get(lexicon);
  if (!f) {
    f = new Map();
    const all = lexicon.regions
      .filter((r) => r.level !== 'country')
      .flatMap((r) => [r.name, ...r.short].map((form) => ({ form, region: r })))
      .filter((x) => x.form.length >= 2)
      .sort((a, b) => b.form.length - a.form.length);
    for (const x of all) f.set(x.form[0], [...(f.get(x.form[0]) ?? []), x]);
    cache.set(lexicon, f);
  }
  return f;
}

/** The region a name begins with, longest form first; 中国/全国 are not matched here. */
export function regionPrefix(name: string, lexicon: Lexicon): RegionMatch | undefined {
  for (const x of forms(lexicon).get(name[0]) ?? []) if (name.startsWith(x.form)) return { region: x.region, form: x.form };
  return undefined;
}

const byName = new WeakMap<Lexicon, Map<string, RegionEntry>>();

export function regionByName(name: string, lexicon: Lexicon): RegionEntry | undefined {
  let m = byName.get(lexicon);
  if (!m) byName.set(lexicon, (m = new Map(lexicon.regions.map((r) => [r.name, r]))));
  return m.get(name);
}
