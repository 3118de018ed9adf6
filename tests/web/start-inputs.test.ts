// `npm start -- <folder>` ingests that folder (the arguments were ignored before session 21).
import { describe, expect, it } from 'vitest';
import { neo4jDataDir, startInputs } from '../../scripts/start-inputs.js';

describe('npm start inputs', () => {
  it('files and folders after -- win over POLICY_GRAPH_CORPUS and the sample corpus', () => {
    expect(startInputs(['/data/消防', 'extra.docx'], { POLICY_GRAPH_CORPUS: '/env' }, '/root')).toEqual({ inputs: ['/data/消防', 'extra.docx'] });
    expect(startInputs([], { POLICY_GRAPH_CORPUS: '/env' }, '/root')).toEqual({ inputs: ['/env'] });
    expect(startInputs([], {}, '/root')).toEqual({ inputs: ['/root/corpus'] });
  });
  it('an option it does not know is an error naming it', () => {
    const r = startInputs(['--port', '8080'], {}, '/root');
    expect('error' in r && r.error).toMatch(/--port/);
  });
  it("the local Neo4j's store is POLICY_GRAPH_DATA when set (a relative path from the working folder), else data/neo4j of the checkout", () => {
    expect(neo4jDataDir({ POLICY_GRAPH_DATA: '/srv/pg/neo4j' }, '/root')).toBe('/srv/pg/neo4j');
    expect(neo4jDataDir({ POLICY_GRAPH_DATA: 'my-data' }, '/root')).toBe(`${process.cwd()}/my-data`);
    expect(neo4jDataDir({}, '/root')).toBe('/root/data/neo4j');
  });
});
