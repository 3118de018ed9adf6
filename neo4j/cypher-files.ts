// Reads Cypher from cypher/ at run time, and fills the label and type slots of the loader's
// templates (Cypher cannot take a label as a parameter and still use the label's index).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphDbError } from './errors.js';

export const CYPHER_DIR = fileURLToPath(new URL('../cypher/', import.meta.url));

export function readCypher(relativePath: string, dir = CYPHER_DIR): string {
  const path = join(dir, relativePath);
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new GraphDbError('cypher-file', `neo4j/cypher-files: cannot read ${path}; expected a .cypher file there`, {
      cause: err,
    });
  }
}

const SLOT = /__([A-Z_]+)__/g;
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Replaces `__NAME__` slots with identifiers (labels, types); every slot must be filled. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(SLOT, (slot, name: string) => {
    const value = values[name];
    if (value === undefined || !IDENTIFIER.test(value)) {
      throw new GraphDbError(
        'cypher-file',
        `neo4j/cypher-files: slot ${slot} got ${JSON.stringify(value)}; expected a label or type name matching ${IDENTIFIER}`,
      );
    }
    return value;
  });
}
