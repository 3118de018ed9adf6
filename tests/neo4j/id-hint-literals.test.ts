// Which quoted ids the console looks up when a query returns nothing (neo4j/id-hint.ts): pure, no server.
import { expect, it } from 'vitest';
import { idHints, stringLiterals, versionlessIds } from '../../neo4j/id-hint.js';

it('reads string literals of both quotes with escapes, and skips comments and backquoted names', () => {
  expect(stringLiterals(`MATCH (n {a: 'x\\'y', b: "z"}) // 'not this'\n/* "nor this" */ RETURN n.\`'odd'\``)).toEqual(["x'y", 'z']);
});

it('takes bare document and measure ids, not versioned ones or other strings', () => {
  const ids = versionlessIds(`MATCH (m) WHERE m.docId IN ['doc:物业管理条例', 'doc:物业管理条例@2016-02-06', '第一条'] RETURN m`, {
    id: 'doc:某省条例#第二章/第五条',
    ids: ['doc:某市办法', 7],
    n: 3,
  });
  expect(ids).toEqual([
    { given: 'doc:物业管理条例', doc: 'doc:物业管理条例', path: '' },
    { given: 'doc:某省条例#第二章/第五条', doc: 'doc:某省条例', path: '#第二章/第五条' },
    { given: 'doc:某市办法', doc: 'doc:某市办法', path: '' },
  ]);
});

it('suggests the found versions with the measure path kept, and drops ids nothing extends', () => {
  const found = new Map([['doc:某省条例@', ['doc:某省条例@2021-01-01']]]);
  const ids = versionlessIds(`RETURN 'doc:某省条例#第五条', 'doc:无此文件'`, {});
  expect(idHints(ids, found)).toEqual([{ given: 'doc:某省条例#第五条', ids: ['doc:某省条例@2021-01-01#第五条'] }]);
});
