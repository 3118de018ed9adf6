// The console's text check (neo4j/console-guard.ts) on its own: what it refuses, and the read
// queries (with keyword-like names, strings and comments) it must leave alone.
import { describe, expect, it } from 'vitest';
import { blankLiterals, checkPlan, checkText } from '../../neo4j/console-guard.js';

describe('checkText', () => {
  it.each([
    ["LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", 'load-csv'],
    ['MATCH (n) WITH n LOAD\n  CSV FROM $url AS r RETURN r', 'load-csv'],
    ['SHOW USERS', 'admin'],
    ['  terminate transactions $ids', 'admin'],
    ['USE system SHOW USERS', 'admin'],
    ['USE neo4j MATCH (n) RETURN n', 'use'],
    ['EXPLAIN MATCH (n) RETURN n', 'prefix'],
    ['CYPHER runtime=slotted MATCH (n) RETURN n', 'prefix'],
    ['CALL dbms.listConfig', 'procedure'],
    ['CALL db . labels ( )', null],
    ['CALL `dbms`.`queryJmx`("*:*")', 'procedure'],
    ['MATCH (n) CALL db.index.fulltext.queryNodes("names", "科协") YIELD node RETURN node', null],
    ['RETURN apoc.coll.sum([1, 2])', 'function'],
    ['RETURN point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS d', null],
    ["RETURN date.truncate('month', date()) AS d", null],
    ["RETURN reduce(s = '', x IN range(1, 3000000) | s + '…')", 'cost'],
    ['RETURN [x IN RANGE ( -2_000_000 , 0 ) | x]', 'cost'],
    ['RETURN size([x IN range(0, 0x7fffffff, 1000) WHERE x > 0]) AS n', 'cost'],
    ['UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN x', null],
    ["UNWIND range(1, 10) AS i RETURN reduce(s = '', x IN range(1, 3000000) | s + 'a')", 'cost'],
    ['UNWIND range(1, 100000) AS x RETURN x', null],
    ['UNWIND range(1, 10000000, 100) AS x RETURN x', null],
    ['MATCH (d) RETURN range(1, d.count) AS r', null],
    ["RETURN 'range(1, 99999999)' AS text", null],
  ])('%s → %s', (query, reason) => {
    expect(checkText(query)?.reason ?? null).toBe(reason);
  });

  it('does not refuse keywords inside strings, comments, property names, map keys or parameters', () => {
    for (const query of [
      "RETURN 'LOAD CSV FROM file:///etc/passwd' AS text",
      'MATCH (n) // SHOW USERS\nRETURN n',
      'MATCH (n) /* CALL dbms.listConfig() */ RETURN n.show, n.use',
      'RETURN {show: 1, terminate: 2} AS m, $use AS u',
      'MATCH (d:Document) WHERE d.name CONTAINS "CALL dbms.killConnections()" RETURN d',
    ]) {
      expect(checkText(query), query).toBeNull();
    }
  });

  it('blanks strings with escapes and keeps backticked names readable', () => {
    expect(blankLiterals("RETURN 'it\\'s LOAD CSV' AS `a b`")).toBe("RETURN '' AS a_b");
  });
});

describe('checkPlan', () => {
  const plan = (operatorType: string, Details?: string) => ({ operatorType, arguments: Details ? { Details } : {}, children: [] });

  it('refuses any query type but read-only', () => {
    expect(checkPlan({ queryType: 'rw', plan: plan('ProduceResults@neo4j') })?.reason).toBe('write');
    expect(checkPlan({ queryType: 's', plan: false })?.reason).toBe('write');
  });

  it('finds refused operators anywhere in the tree', () => {
    const tree = { ...plan('ProduceResults@neo4j'), children: [{ ...plan('Apply@neo4j'), children: [plan('LoadCSV@neo4j')] }] };
    expect(checkPlan({ queryType: 'r', plan: tree })?.reason).toBe('load-csv');
    expect(checkPlan({ queryType: 'r', plan: plan('ShowTransactions@neo4j') })?.reason).toBe('admin');
    expect(checkPlan({ queryType: 'r', plan: plan('ProcedureCall@neo4j', 'dbms.listConfig() :: (name :: STRING)') })?.reason).toBe('procedure');
    expect(checkPlan({ queryType: 'r', plan: plan('ProcedureCall@neo4j', 'db.labels() :: (label :: STRING)') })).toBeNull();
  });
});
