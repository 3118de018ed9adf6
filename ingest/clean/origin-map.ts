// The cleaned text's map back to the read text, stored compactly as runs of consecutive offsets:
// [cleanStart, sourceStart, cleanStart, sourceStart, …]. Most of a document is one long run; each
// removal (pinyin, a chrome line) starts a new one.

export function originRuns(origin: number[]): number[] {
  const runs: number[] = [];
  for (let i = 0; i < origin.length; i++) {
    if (i === 0 || origin[i] !== origin[i - 1] + 1) runs.push(i, origin[i]);
  }
  return runs;
}

/** Offset in the read text of cleaned offset `c`. */
export function sourceOffset(runs: number[], c: number): number {
  let lo = 0;
  let hi = runs.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid * 2] <= c) lo = mid;
    else hi = mid - 1;
  }
  return runs[lo * 2 + 1] + (c - runs[lo * 2]);
}
