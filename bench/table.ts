// Prints bench/results.json's budgets as a markdown table (for the README's Performance section).
import { readFileSync } from 'node:fs';
import type { BenchResults } from './budgets.js';

const path = process.argv[2] ?? 'bench/results.json';
const r = JSON.parse(readFileSync(path, 'utf8')) as BenchResults;
console.log(`| figure | measured | budget | status |\n|---|---|---|---|`);
for (const b of r.budgets) console.log(`| ${b.name} | ${b.measured ?? '—'} | ${b.limit} | ${b.status}${b.note ? ` (${b.note.slice(0, 80)})` : ''} |`);
