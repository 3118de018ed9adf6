// The local Neo4j's credentials: user `neo4j` and a random password made at first start, kept in
// <dataDir>/credentials.json with mode 0600 (data/ is git-ignored). Delete the file to get a new
// password: the launcher sets whatever password it is given at every start.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphDbError } from './errors.js';

export interface Credentials {
  user: string;
  password: string;
  /** Where they are kept. */
  file: string;
}

export const CREDENTIALS_FILE = 'credentials.json';

export function credentialsPath(dataDir: string): string {
  return join(dataDir, CREDENTIALS_FILE);
}

export function readOrCreateCredentials(dataDir: string): Credentials {
  const file = credentialsPath(dataDir);
  if (existsSync(file)) {
    let parsed: { user?: unknown; password?: unknown };
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (cause) {
      throw new GraphDbError('launcher-start', `neo4j/credentials: ${file} is not valid JSON; delete it to make a new password`, { cause });
    }
    if (typeof parsed.user !== 'string' || typeof parsed.password !== 'string' || parsed.password.length < 8) {
      throw new GraphDbError('launcher-start', `neo4j/credentials: ${file} lacks "user" and an 8+ character "password"; delete it to make a new one`);
    }
    chmodSync(file, 0o600);
    return { user: parsed.user, password: parsed.password, file };
  }
  mkdirSync(dataDir, { recursive: true });
  const credentials = { user: 'neo4j', password: randomBytes(24).toString('base64url') };
  writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return { ...credentials, file };
}
