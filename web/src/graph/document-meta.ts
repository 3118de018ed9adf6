// The metadata rows of a Document's panel, in the page's language: label and value, rows without a value left out.
// The dates say where they come from: a text that prints no date shows its file name's date as such (session 34), and a
// copy named for a later version than its header records shows that later name date beside the printed one
// (`nameDate`, session 39: 不动产登记暂行条例 prints its 2014 order, its file is named 2019-03-24).
import type { NodeOf } from '../../../graph-schema/index.js';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export function documentMeta(doc: NodeOf<'Document'>, t: Translate): [label: string, value: string][] {
  const rows: [string, string | undefined][] = [
    [t('document.issuer'), doc.issuer],
    [t('document.issuedOn'), doc.issuedOn ?? (doc.year ? String(doc.year) : doc.fileDate ? t('cascade.fileDate', { date: doc.fileDate }) : undefined)],
    [t('document.nameDate'), doc.nameDate ? t('document.nameDateValue', { date: doc.nameDate }) : undefined],
    [t('document.docNumber'), doc.docNumber],
    [t('document.level'), doc.level ? t(`level.${doc.level}`, { defaultValue: doc.level }) : undefined],
    [t('document.region'), doc.region],
    [t('document.subject'), doc.subject?.join('、')],
    [t('document.inCorpus'), doc.inCorpus ? t('document.inCorpusYes') : t('document.inCorpusNo')],
    [t('document.sources'), doc.sources.join('、') || undefined],
  ];
  return rows.filter((r): r is [string, string] => Boolean(r[1]));
}
