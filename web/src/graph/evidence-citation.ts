// One IMPLEMENTS link as a citation a researcher pastes into notes or a paper: both documents (region, date) and
// articles, the verdict, score and lag (and the law text it runs from), both texts in full, the reused passages
// and shared entities, and the page's link back to this evidence. Plain text in the page's language, from the
// evidence the view shows (evidence.ts). Session 37 (ui36's open finding): the evidence view saved nothing.
import type { Evidence, EvidenceSide } from './evidence.js';
import { safeFileName } from './csv.js';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const sideText = (s: EvidenceSide) => s.segments.map((x) => x.text).join('');

function place(t: Translate, s: EvidenceSide): string {
  const d = s.document;
  const when = d?.date ?? (d?.fileDate ? t('cascade.fileDate', { date: d.fileDate }) : t('evidence.noDate'));
  return t('evidenceCite.place', { document: d?.name ?? s.measure.name, details: [d?.region, when].filter(Boolean).join(' · '), path: s.path });
}

/** The citation's text; `url`: the page's address of this evidence (its `evidence=` key), absent to leave it out. */
export function evidenceCitation(ev: Evidence, t: Translate, url?: string): string {
  const lag =
    ev.lagDays === undefined
      ? ''
      : ` · ${t('evidenceCite.lag', { count: ev.lagDays })}${ev.lagApprox ? ` (${t('evidence.approx')})` : ''}${ev.laterVersion && ev.lagSince ? t('evidenceCite.lagSince', { since: ev.lagSince }) : ''}`;
  const lines = [
    place(t, ev.lower),
    `  ${t('evidenceCite.carriesOut', { verdict: t(`evidence.verdict.${ev.verdict}`) })} ${place(t, ev.higher)}`,
    t('evidenceCite.labelled', { label: t('evidenceCite.verdict'), value: `${t(`evidence.verdict.${ev.verdict}`)} · ${t('evidenceCite.score')} ${ev.score.toFixed(2)}${lag}${ev.citedArticle ? ` · ${t('evidenceCitations.cited')}` : ''}` }),
    '',
    t('evidenceCite.labelled', { label: t('evidenceCite.lowerText'), value: sideText(ev.lower) }),
    '',
    t('evidenceCite.labelled', { label: t('evidenceCite.higherText'), value: sideText(ev.higher) }),
  ];
  if (ev.passages.length) {
    lines.push('', t('evidenceCite.labelled', { label: t('evidenceCite.passages', { count: ev.passages.length }), value: '' }).trimEnd());
    ev.passages.forEach((p, i) => lines.push(`${i + 1}. ${t('evidenceCite.quote', { text: p.lower })}${p.higher !== p.lower ? ` ← ${t('evidenceCite.quote', { text: p.higher })}` : ''}`));
  }
  if (ev.shared.length) lines.push('', t('evidenceCite.labelled', { label: t('evidence.shared'), value: ev.shared.map((s) => s.name).join(t('evidenceCite.listSep')) }));
  if (url) lines.push('', t('evidenceCite.labelled', { label: t('evidenceCite.link'), value: url }));
  return `${lines.join('\n')}\n`;
}

/** evidence_<lower document>_<path>_to_<higher document>_<path>.txt */
export function evidenceCitationName(ev: Evidence): string {
  const safe = (s: string) => safeFileName(s, 40);
  const part = (s: EvidenceSide) => `${safe(s.document?.name ?? s.measure.name)}_${safe(s.path)}`;
  return `evidence_${part(ev.lower)}_to_${part(ev.higher)}.txt`;
}
