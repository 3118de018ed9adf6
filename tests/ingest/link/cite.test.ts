// Citation by article number: a regulation naming 《…法》第X条 implements that article (strong,
// whatever the score), of the version the cascade rules allow; its own articles (本条例第X条) are not
// a citation; the edge carries citedArticle and the citation's span as evidence.
import { beforeAll, describe, expect, it } from 'vitest';
import type { EdgeOf, Snapshot } from '../../../graph-schema/index.js';
import { ingestTexts } from './ingest-texts.js';
import { articleNumber, articlesAfter } from '../../../ingest/link/cite.js';
import { withCitations, type CitedPair } from '../../../ingest/link/cite-links.js';
import type { LinkUnit } from '../../../ingest/link/implements.js';
import { graphFromSnapshot, measureRows } from '../../../coverage/index.js';

describe('article numbers after a cited title', () => {
  const read = (s: string) => articlesAfter(s, s.indexOf('》') + 1);
  it('reads one article, a paragraph, a list and a range', () => {
    expect(read('符合《中华人民共和国国防教育法》第二十八条规定条件的').articles).toEqual([28]);
    expect(read('除《法律援助条例》第十条第一款规定的事项外').articles).toEqual([10]);
    expect(read('依照《中华人民共和国国防教育法》第三十三条、第三十四条、第三十六条规定').articles).toEqual([33, 34, 36]);
    expect(read('分别依照《中华人民共和国国防教育法》第三十三条至第三十七条的规定处理').articles).toEqual([33, 34, 35, 36, 37]);
    expect(read('根据《条例》第一百零二条和第一百零五条的规定').articles).toEqual([102, 105]);
  });
  it('reads nothing when no article follows, and the span ends after the last number', () => {
    expect(read('根据《中华人民共和国国防教育法》，制定本条例').articles).toEqual([]);
    const s = '依照《示范法》第十二条的规定';
    expect(s.slice(0, read(s).end)).toBe('依照《示范法》第十二条');
  });
  it('names the articles cited only by a later paragraph or an item as parts, not the ones cited whole or by their first paragraph', () => {
    expect(read('依照《中华人民共和国个人所得税法》第四条第一款第二项的规定').parts).toEqual([4]);
    expect(read('依照《条例》第十条第二款、第十一条规定').parts).toEqual([10]);
    expect(read('除《法律援助条例》第十条第一款规定的事项外').parts).toEqual([]);
    expect(read('依照《条例》第六条第（三）项规定').parts).toEqual([6]);
    // The same article also cited whole: not a part.
    expect(read('依照《条例》第十条、第十条第二款规定').parts).toEqual([]);
  });
  it('reads the article number of a unit path', () => {
    expect(articleNumber('第四章/第二十八条')).toBe(28);
    expect(articleNumber('第一百零五条')).toBe(105);
    expect(articleNumber('二/（三）')).toBeUndefined();
  });
});

const law = (date: string, session: string, extra: string) =>
  [
    '中华人民共和国示范法',
    '',
    `（${date}第${session}届全国人民代表大会常务委员会第十次会议通过）`,
    '',
    '第一条 为了规范示范活动，保障公民参与示范的权利，制定本法。',
    '',
    '第二条 国务院示范主管部门负责全国的示范工作，县级以上地方人民政府示范主管部门负责本行政区域内的示范工作。',
    '',
    '第三条 示范基地由省级人民政府命名，应当具备必要的场地、设施和讲解人员。',
    '',
    `第四条 ${extra}`,
    '',
    '第五条 侵占、挪用示范经费的，由有关主管部门责令限期归还，对直接负责的主管人员依法给予处分。',
    '',
  ].join('\n');

const province = [
  '浙江省示范条例',
  '',
  '（2020年9月24日浙江省第十三届人民代表大会常务委员会第二十四次会议通过）',
  '',
  '第一条 为了推动本省示范事业，根据《中华人民共和国示范法》，结合本省实际，制定本条例。',
  '',
  '第二条 符合《中华人民共和国示范法》第三条规定条件的下列场所，经省人民政府批准，可以命名为示范教育场馆：（一）烈士陵园；（二）博物馆。',
  '',
  '第三条 有下列行为之一的，分别依照《中华人民共和国示范法》第四条至第五条的规定处理：（一）拒不开展活动的；（二）侵占经费的。',
  '',
  '第四条 违反本条例第二条规定的，由省人民政府责令改正。',
  '',
].join('\n');

const FILES: Record<string, string> = {
  'law-2010.md': law('2010年6月1日', '十一', '每年九月第三个星期六为全民示范日，各地组织集中宣传。'),
  'law-2024.md': law('2024年9月13日', '十四', '每年九月第三个星期六为全民示范日，学校应当组织学生参加。'),
  'zhejiang.md': province,
};

let snapshot: Snapshot;
const docName = new Map<string, string>();
const measure = new Map<string, { docId: string; path: string }>();
const implementsEdges = () =>
  snapshot.edges.flatMap((e) => {
    if (e.attributes.type !== 'IMPLEMENTS') return [];
    const [lo, hi] = [measure.get(e.source)!, measure.get(e.target)!];
    return [{ key: `${docName.get(lo.docId)}#${lo.path}>${docName.get(hi.docId)}#${hi.path}`, a: e.attributes as EdgeOf<'IMPLEMENTS'> }];
  });

beforeAll(async () => {
  snapshot = await ingestTexts(FILES, 'md');
  for (const n of snapshot.nodes) {
    if (n.attributes.type === 'Document') docName.set(n.key, `${n.attributes.name}@${n.attributes.issuedOn}`);
    if (n.attributes.type === 'Measure') measure.set(n.key, { docId: n.attributes.docId, path: n.attributes.path });
  }
}, 120_000);

describe('citations by article number as IMPLEMENTS', () => {
  const P = '浙江省示范条例@2020-09-24';
  const L = '中华人民共和国示范法@2010-06-01';
  it('links the citing article to each cited article, strongly, with the citation as evidence', () => {
    const cited = implementsEdges().filter((e) => e.a.citedArticle);
    expect(cited.map((e) => e.key).sort()).toEqual([`${P}#第三条>${L}#第五条`, `${P}#第三条>${L}#第四条`, `${P}#第二条>${L}#第三条`].sort());
    for (const e of cited) {
      expect(e.a.verdict).toBe('implements');
      expect(e.a.evidence.citations?.[0].text).toMatch(/^《中华人民共和国示范法》第[三四]条/);
    }
  });
  it('links to the version in force at the citing date, never to the later one', () => {
    expect(implementsEdges().filter((e) => e.key.includes('@2024-09-13'))).toEqual([]);
  });
  it('does not read the regulation’s own articles (本条例第二条) as a citation', () => {
    expect(implementsEdges().filter((e) => e.key.startsWith(`${P}#第四条>`) && e.a.citedArticle)).toEqual([]);
  });
  it('makes the cited articles implemented in coverage, whatever the thresholds', () => {
    const g = graphFromSnapshot(snapshot);
    const id = (name: string) => snapshot.nodes.find((n) => n.attributes.type === 'Document' && `${n.attributes.name}@${n.attributes.issuedOn}` === name)!.key;
    const rows = measureRows(g, id(L), id(P), { implements: 0.99, partial: 0.98 });
    expect(rows.filter((r) => r.status === 'implemented').map((r) => r.path).sort()).toEqual(['第三条', '第五条', '第四条'].sort());
  });
});

describe('a citation of a part of an article (options.citedParts)', () => {
  const unit = (id: string, docIndex: number): LinkUnit => ({ id, docIndex, offset: 0, text: '', entities: new Set(), words: [] });
  const units = [unit('lower#第九条', 1), unit('higher#第四条', 0), unit('higher#第五条', 0)];
  const pair = (higher: number, part: boolean): CitedPair => ({ docIndex: 1, lower: 0, higher, citation: { span: [0, 10], text: '《法》第四条第一款第二项' }, ...(part ? { part: true as const } : {}) });
  const verdicts = (pairs: CitedPair[], on: boolean) => withCitations([], units, pairs, undefined, on).map((l) => `${l.higher}:${l.verdict}`);
  it('makes an item or a later paragraph cited alone a partial link, a whole article a strong one', () => {
    expect(verdicts([pair(1, true), pair(2, false)], true)).toEqual(['higher#第四条:partial', 'higher#第五条:implements']);
  });
  it('keeps the pair strong when the same article is also cited whole, and every citation strong with the option off', () => {
    expect(verdicts([pair(1, true), pair(1, false)], true)).toEqual(['higher#第四条:implements']);
    expect(verdicts([pair(1, true)], false)).toEqual(['higher#第四条:implements']);
  });
});

describe('citations by a short name the regulation declared (以下简称示范法)', () => {
  const measures = [
    '浙江省实施《中华人民共和国示范法》办法',
    '',
    '（2021年9月24日浙江省第十三届人民代表大会常务委员会第三十次会议通过）',
    '',
    '第一条 根据《中华人民共和国示范法》（以下简称示范法）和有关法律、行政法规，结合本省实际，制定本办法。',
    '',
    '第二条 在本省行政区域内从事示范法第一条规定的示范活动，适用本办法。',
    '',
    '第三条 命名示范基地，应当符合示范法第三条规定的条件，并由设区的市人民政府提出申请。',
    '',
    '第四条 本办法自2022年1月1日起施行。',
    '',
  ].join('\n');
  let snap: Snapshot;
  beforeAll(async () => {
    snap = await ingestTexts({ 'law-2010.md': FILES['law-2010.md'], 'measures.md': measures }, 'md');
  }, 120_000);
  const cited = () => {
    const path = new Map(snap.nodes.flatMap((n) => (n.attributes.type === 'Measure' ? [[n.key, n.attributes.path] as const] : [])));
    return snap.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' && e.attributes.citedArticle ? [`${path.get(e.source)}>${path.get(e.target)}`] : []));
  };
  it('links the article that names 示范法第三条 to the law’s 第三条, strongly', () => {
    expect(cited()).toContain('第三条>第三条');
  });
  it('does not read the scope article’s mention of a definition (示范法第一条规定的示范活动…适用本办法) as a link', () => {
    expect(cited().filter((k) => k.startsWith('第二条>'))).toEqual([]);
  });
});
