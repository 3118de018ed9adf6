// One line that says what a load did, for the CLI.
import type { LoadReport } from './loader.js';

export function formatLoadSummary(file: string, uri: string, report: LoadReport): string {
  const list = (counts: Record<string, number>): string =>
    Object.entries(counts).map(([name, n]) => `${name} ${n}`).join(', ');
  const total = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);
  const change = report.switch === 'none'
    ? 'unchanged, nothing written'
    : `created ${report.created.nodes} nodes / ${report.created.relationships} relationships, ` +
      `updated ${report.updated.nodes} / ${report.updated.relationships}, ` +
      `deleted ${report.deleted.nodes} / ${report.deleted.relationships} ` +
      `(${report.written} rows written in ${report.transactions} transactions, ${report.switch} switch)`;
  const recovered = report.recovered ? ` [an interrupted earlier load was ${report.recovered === 'completed-switch' ? 'completed' : 'discarded'}]` : '';
  return (
    `loaded ${file} into ${uri} in ${report.ms} ms: ${total(report.nodes)} nodes (${list(report.nodes)}), ` +
    `${total(report.relationships)} relationships (${list(report.relationships)}); ${change}${recovered}`
  );
}
