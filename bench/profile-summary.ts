// `tsx bench/profile-summary.ts <dir or .cpuprofile files…> [--top N]`: sums the self time of each
// function over every V8 CPU profile given (one per thread when run with `node --cpu-prof`) and
// prints the top N (default 25) as JSON: function, file:line, self ms and share of all samples.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; }

export function summarise(files: string[], top = 25) {
  const self = new Map<string, number>();
  let total = 0;
  for (const f of files) {
    const p = JSON.parse(readFileSync(f, 'utf8')) as Profile;
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    for (let i = 0; i < p.samples.length; i++) {
      const n = byId.get(p.samples[i])!;
      const dt = (p.timeDeltas[i] ?? 0) / 1000;
      const url = n.callFrame.url.replace(/^file:\/\//, '');
      const where = url ? `${relative(process.cwd(), url)}:${n.callFrame.lineNumber + 1}` : '';
      const key = `${n.callFrame.functionName || '(anonymous)'}\t${where}`;
      self.set(key, (self.get(key) ?? 0) + dt);
      total += dt;
    }
  }
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, ms]) => {
    const [fn, where] = k.split('\t');
    return { function: fn, where, selfMs: Math.round(ms), share: Math.round((ms / total) * 1000) / 1000 };
  });
  return { totalMs: Math.round(total), top: rows };
}

if (process.argv[1] && /profile-summary/.test(process.argv[1])) {
  const args = process.argv.slice(2);
  const ti = args.indexOf('--top');
  const top = ti >= 0 ? Number(args.splice(ti, 2)[1]) : 25;
  const files = args.flatMap((a) => (statSync(a).isDirectory()
    ? readdirSync(a).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(a, f)) : [a]));
  console.log(JSON.stringify(summarise(files, top), null, 1));
}
