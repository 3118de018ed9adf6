// mammoth parses its style map (its ≈ 30 default rules, with the `lop` parser-combinator library)
// again for every document it converts: 80 % of a small .docx's read time (`node --cpu-prof`,
// `parseStyleMap` under `convertToHtml`; issue 11). A rule's parse depends on its text only, so
// it is kept per text. Imported by docx.ts before mammoth itself, so that mammoth's index module
// takes the kept version when it loads.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const styleReader = require('mammoth/lib/style-reader') as { readStyle: (rule: string) => unknown; pgKept?: true };

if (!styleReader.pgKept) {
  const parse = styleReader.readStyle;
  const kept = new Map<string, unknown>();
  styleReader.readStyle = (rule: string) => {
    if (!kept.has(rule)) kept.set(rule, parse(rule));
    return kept.get(rule);
  };
  styleReader.pgKept = true;
}

