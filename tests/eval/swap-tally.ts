// The swap tally of the class-E scripts (session59-neighbour.ts, session60-objects.ts, session61-heads.ts): for each row (a
// lower article's chosen link and its alternatives) the best-scoring alternative a reading accepts, counted as a fix (the
// chosen link false, the alternative gold), a break (the other way) or neither, with the fixes and breaks per set; one
// markdown table line.
export interface SwapRow<A extends { score: number; gold: boolean }> {
  set: string;
  chosen: { gold: boolean };
  alts: A[];
}

export function tallySwap<R extends SwapRow<{ score: number; gold: boolean }>>(name: string, rows: R[], ok: (r: R, x: R['alts'][number]) => boolean): void {
  let [fix, brk, none] = [0, 0, 0];
  const per = new Map<string, [number, number]>();
  for (const r of rows) {
    const xs = r.alts.filter((x) => ok(r, x));
    if (!xs.length) continue;
    const x = xs.reduce((p, q) => (q.score > p.score ? q : p));
    const c = per.get(r.set) ?? per.set(r.set, [0, 0]).get(r.set)!;
    if (!r.chosen.gold && x.gold) (fix++, c[0]++);
    else if (r.chosen.gold && !x.gold) (brk++, c[1]++);
    else none++;
  }
  console.log(`| ${name} | ${fix} | ${brk} | ${none} | ${[...per].filter(([, [f, b]]) => f + b).map(([s, [f, b]]) => `${s} ${f}/${b}`).join(', ')} |`);
}
