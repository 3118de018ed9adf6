// Reads a snapshot file and validates it once against the schema: after this, trust the types.
import { readFile } from 'node:fs/promises';
import { Snapshot } from '../../graph-schema/index.js';

export class SnapshotError extends Error {
  override name = 'SnapshotError';
  constructor(
    readonly file: string,
    readonly reason: 'unreadable' | 'not-json' | 'invalid',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`Snapshot ${file}: ${message}`, options);
  }
}

export async function readSnapshot(path: string): Promise<Snapshot> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (cause) {
    throw new SnapshotError(path, 'unreadable', `cannot read the file (${(cause as Error).message})`, { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    throw new SnapshotError(path, 'not-json', `not valid JSON (${(cause as Error).message})`, { cause });
  }
  const parsed = Snapshot.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    const more = parsed.error.issues.length > 3 ? ` (+${parsed.error.issues.length - 3} more)` : '';
    throw new SnapshotError(path, 'invalid', `does not match the snapshot schema: ${issues}${more}`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}
