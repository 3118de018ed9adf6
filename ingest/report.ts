// The one-screen summary of an ingest run, printed by the CLI and by `npm start`.
import type { IngestReport } from './pipeline.js';

export function formatReport(r: IngestReport): string {
  const e = r.entities;
  const lines = [
    `ingest: ${r.files} files → ${r.documents} documents (${r.duplicatesMerged} duplicates merged), ` +
      `${r.measures} measures, ${e.Organisation} organisations, ${e.Programme} programmes, ` +
      `${e.TargetGroup} target groups, ${e.Brand} brands, ${r.targets} targets, ` +
      `${r.citedDocuments} cited documents, ${r.implements} IMPLEMENTS links in ${r.timingsMs.total} ms`,
  ];
  for (const f of r.failed) lines.push(`  failed: ${f.file}: ${f.reason} (${f.stage}): ${f.message}`);
  if (r.out) lines.push(`  snapshot: ${r.out}`);
  return lines.join('\n');
}
