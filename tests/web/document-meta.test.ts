// The Document panel's metadata rows say where each date comes from (session 39): a copy named for a later version than
// its header records shows that name date beside the printed one; a text that prints no date shows its file name's date
// as such; a text whose name agrees shows one date.
import { describe, expect, it } from 'vitest';
import type { NodeOf } from '../../graph-schema/index.js';
import { documentMeta } from '../../web/src/graph/document-meta.js';
import { i18n } from '../../web/src/i18n/index.js';

const doc = (extra: Partial<NodeOf<'Document'>>): NodeOf<'Document'> =>
  ({ id: 'doc:x', type: 'Document', name: '不动产登记暂行条例', inCorpus: true, sources: ['不动产登记暂行条例(2019-03-24).md'], ...extra }) as NodeOf<'Document'>;

describe('documentMeta', () => {
  const zh = i18n.getFixedT('zh');
  const en = i18n.getFixedT('en');
  it('shows a later name date beside the printed date, said to be the file name\'s', () => {
    const rows = new Map(documentMeta(doc({ issuedOn: '2014-11-24', nameDate: '2019-03-24' }), zh));
    expect(rows.get('成文日期')).toBe('2014-11-24');
    expect(rows.get('文件名日期')).toBe('2019-03-24（文件名所载，晚于正文所印日期：可能是后来的版本）');
    const english = new Map(documentMeta(doc({ issuedOn: '2014-11-24', nameDate: '2019-03-24' }), en));
    expect(english.get("File name's date")).toMatch(/^2019-03-24 \(the file name's, later than the date the text prints/);
  });
  it('shows one date when the name agrees, and the file name\'s date for a text that prints none', () => {
    expect(documentMeta(doc({ issuedOn: '2014-11-24' }), zh).map(([k]) => k)).not.toContain('文件名日期');
    expect(new Map(documentMeta(doc({ fileDate: '2019-03-24' }), zh)).get('成文日期')).toBe('2019-03-24（据文件名）');
  });
  it('leaves out rows without a value', () => {
    expect(documentMeta(doc({}), zh).map(([k]) => k)).toEqual(['语料内', '来源']);
  });
});
