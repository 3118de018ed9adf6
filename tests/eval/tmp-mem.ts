import { runIngest } from '../../ingest/pipeline.js';
import { MIXED_SETS } from './mixed.js';
import { SETS } from './sets.js';
const opts = JSON.parse(process.argv[2] ?? '{}');
const r = await runIngest({ inputs: MIXED_SETS.map((id) => SETS[id].corpus), link: opts } as never);
const s = (r as { snapshot: { edges: { attributes: { type: string } }[] } }).snapshot;
console.log(JSON.stringify(opts), 'IMPLEMENTS', s.edges.filter((e) => e.attributes.type === 'IMPLEMENTS').length);
