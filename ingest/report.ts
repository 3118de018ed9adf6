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
  // An IngestError's message starts with `ingest: <file>: ` (it reads alone in a log): the line names the file once.
  for (const f of r.failed) {
    const prefix = `ingest: ${f.file}: `;
    const message = f.message.startsWith(prefix) ? f.message.slice(prefix.length) : f.message;
    lines.push(`  failed: ${f.file}: ${f.reason} (${f.stage}): ${message}`);
  }
  if (r.out) lines.push(`  snapshot: ${r.out}`);
  return lines.join('\n');
}

/**
 * The report written beside a snapshot, if it describes that snapshot: its `snapshotSha256` must be
 * the hash of the snapshot's bytes. Undefined when there is none or it belongs to another run (a
 * reader racing a writer, or a report from before this writer existed).
 */
export async function readReport(snapshotPath: string): Promise<IngestReport | undefined> {
  const { readFile } = await import('node:fs/promises');
  const { reportPathOf, sha256 } = await import('./snapshot/write.js');
  const [snapshot, text] = await Promise.all([
    readFile(snapshotPath).catch(() => undefined),
    readFile(reportPathOf(snapshotPath), 'utf8').catch(() => undefined),
  ]);
  if (!snapshot || !text) return undefined;
  let report: IngestReport;
  try {
    report = JSON.parse(text) as IngestReport;
  } catch {
    return undefined;
  }
  return report.snapshotSha256 === sha256(snapshot) ? report : undefined;
}
