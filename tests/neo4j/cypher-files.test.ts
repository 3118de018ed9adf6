import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../neo4j/cypher-files.js';

describe('cypher templates', () => {
  it('fills label and type slots', () => {
    expect(fillTemplate('MERGE (n:__LABEL__ {id: row.id})', { LABEL: 'Measure' })).toBe('MERGE (n:Measure {id: row.id})');
  });

  it('refuses a slot value that is not a plain identifier', () => {
    expect(() => fillTemplate('MATCH (n:__LABEL__)', { LABEL: 'Measure) DETACH DELETE (n' })).toThrow(
      expect.objectContaining({ code: 'cypher-file' }),
    );
  });

  it('refuses a template with a slot left unfilled', () => {
    expect(() => fillTemplate('MATCH (n:__LABEL__)', {})).toThrow(expect.objectContaining({ code: 'cypher-file' }));
  });
});
