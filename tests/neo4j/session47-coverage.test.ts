// Session 47 (helper coverage), issue 13: an entity a lower document carries under a narrower or region-prefixed form
// (a CARRIES edge the ingest writes) is no gap of the canned Cypher, as it is none of the report and the page. On real
// texts of the development families: 浙江's 实施办法 carries the 老年人权益保障法's 赡养人 (tests/real/elderly), 上海's
// regulation the 促进科技成果转化法's 科技成果信息系统 as 上海市科技成果信息系统 (tests/real/techtransfer-trial).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { entityRows, graphFromSnapshot, GROUP_TYPES, PROGRAMME_TYPES } from '../../coverage/index.js';
import type { Snapshot } from '../../graph-schema/index.js';
import { runIngest } from '../../ingest/pipeline.js';
import { loadSnapshot } from '../../neo4j/loader.js';
import { createCypherService } from '../../neo4j/queries.js';
import type { CypherService, QueryResult } from '../../neo4j/types.js';
import { neo4jOrSkip } from './helpers.js';

const server = neo4jOrSkip();
const col = (r: QueryResult, name: string) => r.rows.map((row) => row[r.columns.indexOf(name)] as string);

async function ingestFiles(folder: string, files: string[]): Promise<Snapshot> {
  const dir = mkdtempSync(join(tmpdir(), 's47-cov-'));
  for (const f of files) cpSync(join(folder, f), join(dir, f));
  return (await runIngest({ inputs: [dir] })).snapshot;
}

const docNamed = (s: Snapshot, name: string) => s.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.inCorpus && n.attributes.name.startsWith(name))!.key;

server.describe('#integration carried forms in the canned Cypher (老年人权益保障法 and 浙江, 促进科技成果转化法 and 上海)', () => {
  let driver: Driver;
  let elderly: Snapshot;
  let tech: Snapshot;
  let service: CypherService;
  beforeAll(async () => {
    elderly = await ingestFiles('tests/real/elderly/corpus', ['老年人权益保障法(2018-12-29).md', '浙江省实施《老年人权益保障法》办法(2020-11-27).md']);
    tech = await ingestFiles('tests/real/techtransfer-trial/corpus', ['促进科技成果转化法(2015-08-29).md', '上海市促进科技成果转化条例(2017-04-20).md']);
    driver = server.driver();
    service = createCypherService(driver, { maxRows: 10_000 });
  }, 300_000);
  afterAll(() => driver?.close());

  it('coverage-gaps does not list 赡养人 for 浙江 (carried where no entity was read), and lists the entities the module reads not carried', async () => {
    await loadSnapshot(driver, elderly);
    const [law, zj] = [docNamed(elderly, '中华人民共和国老年人权益保障法'), docNamed(elderly, '浙江省实施')];
    const g = graphFromSnapshot(elderly);
    const rows = [...entityRows(g, law, zj, PROGRAMME_TYPES), ...entityRows(g, law, zj, GROUP_TYPES)];
    expect(rows.find((r) => r.name === '赡养人')).toMatchObject({ carried: true, carriedAs: ['赡养人'] });
    const result = await service.runCanned('coverage-gaps', { higherDocId: law, lowerDocId: zj });
    const entityGaps = col(result, 'id').filter((_, i) => col(result, 'gap')[i] === 'entity');
    expect(entityGaps).not.toContain('group:赡养人');
    // The module's not-carried rows are the query's gaps of those types (it lists organisations too).
    const typed = entityGaps.filter((id) => /^(prog|brand|group):/.test(id)).sort();
    expect(typed).toEqual(rows.filter((r) => !r.carried).map((r) => r.id).sort());
    // The evidence: the edge, its form and the sentence it stands in.
    const { records } = await driver.executeQuery('MATCH (:Document {id: $zj})-[c:CARRIES]->(:TargetGroup {id: "group:赡养人"}) RETURN c.as AS as, c.places AS places', { zj });
    expect(records[0].get('as')).toEqual(['赡养人']);
    const place = JSON.parse(records[0].get('places'))[0] as { span: [number, number]; sentence: [number, number] };
    const text = (g.getNodeAttributes(zj) as { text: string }).text;
    expect(text.slice(...place.span)).toBe('赡养人');
    expect(text.slice(...place.sentence)).toMatch(/赡养人.*。$/u);
  }, 300_000);

  it('programmes-no-province does not list 科技成果信息系统, which 上海 carries as 上海市科技成果信息系统', async () => {
    await loadSnapshot(driver, tech);
    const law = docNamed(tech, '中华人民共和国促进科技成果转化法');
    const sh = docNamed(tech, '上海市促进科技成果转化条例');
    const g = graphFromSnapshot(tech);
    expect(entityRows(g, law, sh, PROGRAMME_TYPES).find((r) => r.name === '科技成果信息系统')).toMatchObject({ carried: true, carriedAs: ['上海市科技成果信息系统'] });
    const result = await service.runCanned('programmes-no-province', { directiveId: law });
    expect(col(result, 'name')).not.toContain('科技成果信息系统');
    const gaps = await service.runCanned('coverage-gaps', { higherDocId: law, lowerDocId: sh });
    expect(col(gaps, 'id')).not.toContain('prog:科技成果信息系统');
  }, 300_000);
});
