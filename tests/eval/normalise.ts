// Text normalisation shared by the scorer: the same thing written with full- or half-width forms,
// other quote marks, dashes or middle dots, or with spaces, must compare equal.

const QUOTES = /[“”"'‘’「」『』《》〈〉]/g;
const DASHES = /[‐‑‒–—―－~～〜]/g;
const MIDDLE_DOTS = /[・•‧∙⋅･]/g;
const SPACE = /\s+/g;
/** The numeral zero 〇 (U+3007) and the circles documents type for it (○ U+25CB, ◯ U+25EF, 〇 in 二○三五年). */
const ZEROS = /[○◯]/g;

/** Entity names, titles, units: NFKC (full → half width), no quotes or spaces, one dash, one dot, one zero. */
export function normaliseName(s: string): string {
  return s
    .normalize('NFKC')
    .replace(QUOTES, '')
    .replace(DASHES, '-')
    .replace(MIDDLE_DOTS, '·')
    .replace(ZEROS, '〇')
    .replace(SPACE, '')
    .toLowerCase();
}

/** Target metrics are compared by their characters only: punctuation and symbols go too. */
export function normaliseMetric(s: string): string {
  return normaliseName(s).replace(/[\p{P}\p{S}]/gu, '');
}

/** Measure paths: （一） and (一) are the same sub-section. */
export function normalisePath(s: string): string {
  return s.normalize('NFKC').replace(SPACE, '');
}

/** Document numbers: 〔2024〕, [2024], (2024) and 【2024】 are the same bracket. */
export function normaliseDocNumber(s: string): string {
  return normaliseName(s).replace(/[〔［【(\[]/g, '[').replace(/[〕］】)\]]/g, ']');
}

/**
 * Sørensen–Dice coefficient over characters as multisets: 2·|A ∩ B| / (|A| + |B|).
 * Two empty strings are identical (1).
 */
export function charDice(a: string, b: string): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const ch of a) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let shared = 0;
  for (const ch of b) {
    const n = counts.get(ch) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(ch, n - 1);
    }
  }
  return (2 * shared) / ([...a].length + [...b].length);
}

const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * A quantity in plain units: 55 万人 → 550000 人. Gold multiplies out (1万场次 → 10000 场次);
 * an extractor that keeps 万 in the unit is read the same way.
 */
export function plainQuantity(value: number, unit: string): { value: number; unit: string } {
  const u = normaliseName(unit);
  const head = u.charAt(0);
  const factor = SCALE[head];
  if (factor !== undefined && u.length > 1) return { value: value * factor, unit: u.slice(1) };
  return { value, unit: u };
}
