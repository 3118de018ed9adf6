// "Evidence, side by side" for one IMPLEMENTS link: both measures' texts in two columns, each
// reused passage in the same colour on both sides, shared entities underlined and listed, the
// verdict, score, signals and lag, and each side's document, region and date. The link's full
// evidence and both texts are fetched on demand (GET /api/node, POST /api/texts).
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EdgeOf } from '../../../../graph-schema/index.js';
import { api } from '../../api/client.js';
import { NODE_COLOURS } from '../../graph/colours.js';
import { lagYears } from '../../graph/lag.js';
import { evidenceFor, passageColour, type Evidence, type EvidenceSide, type EvidenceSegment } from '../../graph/evidence.js';
import { evidenceCitation, evidenceCitationName } from '../../graph/evidence-citation.js';
import { downloadText } from '../download.js';
import { readInSource, useDispatch, useExplorerContext } from '../../state/index.js';
import { useDialogFocus } from '../dialog-focus.js';
import { NodeLink } from '../NodeLink.js';
import { useTexts } from '../panels/use-texts.js';

export interface EvidenceLink {
  lower: string;
  higher: string;
}

/** The IMPLEMENTS edge lower → higher with its full evidence, from the server. */
function useFullLink({ lower, higher }: EvidenceLink): EdgeOf<'IMPLEMENTS'> | 'loading' | 'failed' {
  const [state, setState] = useState<EdgeOf<'IMPLEMENTS'> | 'loading' | 'failed'>('loading');
  useEffect(() => {
    let live = true;
    setState('loading');
    api.node(lower).then(
      (n) => {
        const e = n.edges.find((x) => x.source === lower && x.target === higher && x.attributes.type === 'IMPLEMENTS');
        if (live) setState(e ? (e.attributes as unknown as EdgeOf<'IMPLEMENTS'>) : 'failed');
      },
      () => live && setState('failed'),
    );
    return () => {
      live = false;
    };
  }, [lower, higher]);
  return state;
}

function Segments({ segments, shared, testId, focus }: { segments: EvidenceSegment[]; shared: Map<string, string>; testId: string; focus?: number }) {
  return (
    <p className="source-text evidence-text" data-testid={testId}>
      {segments.map((s, i) => {
        if (!s.passages && s.entity === undefined && s.citation === undefined) return <span key={i}>{s.text}</span>;
        const colour = s.entity ? shared.get(s.entity) : undefined;
        return (
          <mark
            key={i}
            data-passage={s.passages?.join(' ')}
            data-entity={s.entity}
            data-citation={s.citation}
            className={s.citation !== undefined && s.citation === focus ? 'evidence-focus' : undefined}
            style={{
              background: s.passages ? passageColour(s.passages[0]) : 'transparent',
              boxShadow: colour ? `inset 0 -2px 0 ${colour}` : undefined,
            }}
          >
            {s.text}
          </mark>
        );
      })}
    </p>
  );
}

/** `spans`: the side's reused passages in its document (the link's evidence), marked in the reader it opens (session 40). */
function Side({ side, label, shared, testId, focus, spans }: { side: EvidenceSide; label: string; shared: Map<string, string>; testId: string; focus?: number; spans: readonly (readonly [number, number])[] }) {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const dispatch = useDispatch();
  const d = side.document;
  // Only a document of the corpus has a text to read (a cited-only one has none).
  const readable = d !== null && data.hasNode(d.id) && (data.getNodeAttributes(d.id) as { inCorpus?: boolean }).inCorpus === true;
  return (
    <div className="evidence-side" data-testid={testId}>
      <h4>{label}</h4>
      <p className="context-line" data-testid={`${testId}-document`}>
        {d && <NodeLink node={d} />}
        <span className="muted">
          {' '}
          {[d?.region, d?.date ?? (d?.fileDate ? t('cascade.fileDate', { date: d.fileDate }) : t('evidence.noDate'))].filter(Boolean).join(' · ')} · § {side.path}
        </span>
        {readable && (
          <>
            {' '}
            <button type="button" className="evidence-read" data-testid={`${testId}-read`} title={t('evidence.readSourceTitle')} onClick={() => dispatch(readInSource(side.measure.id, d.id, spans))}>
              {t('evidence.readSource')}
            </button>
          </>
        )}
      </p>
      <Segments segments={side.segments} shared={shared} testId={`${testId}-text`} focus={focus} />
    </div>
  );
}

/** Copy or download the link as a citation (evidence-citation.ts): session 37, ui36's open finding (nothing of the
 *  evidence could be saved). The copy says whether it worked; a refused clipboard points to the download. */
function CiteButtons({ ev }: { ev: Evidence }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const text = () => evidenceCitation(ev, t, window.location.href);
  const copy = () => {
    const done = navigator.clipboard?.writeText(text());
    if (!done) return setCopied('failed');
    done.then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };
  return (
    <span className="evidence-cite">
      <button type="button" data-testid="evidence-copy" title={t('evidenceCite.copyTitle')} onClick={copy}>
        {t('evidenceCite.copy')}
      </button>{' '}
      <button type="button" data-testid="evidence-cite-download" title={t('evidenceCite.downloadTitle')} onClick={() => downloadText(evidenceCitationName(ev), `\uFEFF${text()}`, 'text/plain;charset=utf-8')}>
        ↓ {t('evidenceCite.download')}
      </button>
      {copied && (
        <span className="muted" role="status" data-testid="evidence-copied" data-copied={copied}>
          {' '}
          {copied === 'yes' ? t('evidenceCite.copied') : t('evidenceCite.copyFailed')}
        </span>
      )}
    </span>
  );
}

/** A section's heading with the number of its items beside it. */
function CountedHeading({ title, count }: { title: string; count: number }) {
  return (
    <h3>
      {title}
      <span className="count">{count}</span>
    </h3>
  );
}

export function EvidenceView({ link, onClose }: { link: EvidenceLink; onClose: () => void }) {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const full = useFullLink(link);
  const texts = useTexts([link.lower, link.higher]);
  const ev = useMemo(
    () => (typeof full === 'object' && texts === 'ready' ? evidenceFor(data, link.lower, link.higher, full) : null),
    [data, link, full, texts],
  );
  const failed = full === 'failed' || texts === 'failed';
  const shared = useMemo(() => new Map((ev?.shared ?? []).map((s) => [s.id, NODE_COLOURS[s.type]])), [ev]);
  // Each side's reused passages in its own document: "Read in the source" marks them in the reader (session 40).
  const passageSpans = useMemo(() => {
    // In lower-text order, as evidenceFor numbers them (the list's i-th passage is the i-th span).
    const passages = typeof full === 'object' ? [...(full.evidence.passages ?? [])].sort((a, b) => a.lower[0] - b.lower[0]) : [];
    return { lower: passages.map((p) => p.lower), higher: passages.map((p) => p.higher) };
  }, [full]);
  const dispatch = useDispatch();
  // A reused passage of the list read in the lower document: the reader scrolled to that passage alone (session 44,
  // one click to the sentence; the side's 在原文中阅读 marks them all).
  const lowerDoc = ev?.lower.document ?? null;
  const lowerReadable = lowerDoc !== null && data.hasNode(lowerDoc.id) && (data.getNodeAttributes(lowerDoc.id) as { inCorpus?: boolean }).inCorpus === true;
  const readPassage = (i: number) => ev && lowerDoc && passageSpans.lower[i] && dispatch(readInSource(ev.lower.measure.id, lowerDoc.id, [passageSpans.lower[i]]));
  // A citation clicked in the list: its words in the lower text, scrolled to and outlined.
  const [focus, setFocus] = useState<number | undefined>(undefined);
  const columns = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useDialogFocus(dialog);
  const goTo = (i: number) => {
    setFocus(i);
    columns.current?.querySelector(`[data-testid=evidence-lower-text] mark[data-citation="${i}"]`)?.scrollIntoView({ block: 'center' });
  };
  return (
    <div ref={dialog} className="evidence-overlay" role="dialog" aria-modal="true" aria-label={t('evidence.title')} data-testid="evidence-view">
      <header className="evidence-header">
        <h3>{t('evidence.title')}</h3>
        {ev && <CiteButtons ev={ev} />}
        <button type="button" onClick={onClose} data-testid="evidence-close" aria-label={t('evidence.close')}>
          ×
        </button>
      </header>
      {!ev ? (
        <p className="muted" data-testid="evidence-pending">
          {failed ? t('evidence.failed') : t('panel.loadingText')}
        </p>
      ) : (
        <>
          <p className="evidence-verdict" data-testid="evidence-verdict" data-verdict={ev.verdict}>
            <strong>{t(`evidence.verdict.${ev.verdict}`)}</strong>
            {' · '}
            {t('measure.score')} <span data-testid="evidence-score">{ev.score.toFixed(2)}</span>
            {(['reuse', 'text', 'entities'] as const).map((k) =>
              // A signal the linker does not weigh for this genre says so (session 35: "共同实体 0.00" beside a listed
              // shared entity, on a regulation's link scored on text similarity alone).
              ev.unscored.includes(k) ? (
                <span key={k} data-testid={`evidence-signal-${k}`} data-unscored="true" className="muted" title={t('evidence.unscoredTitle')}>
                  {' · '}
                  {ev.signals[k] > 0 ? t('evidence.unscoredValue', { signal: t(`signal.${k}`), value: ev.signals[k].toFixed(2) }) : t('evidence.unscored', { signal: t(`signal.${k}`) })}
                </span>
              ) : (
                <span key={k} data-testid={`evidence-signal-${k}`}>
                  {' · '}
                  {t(`signal.${k}`)} {ev.signals[k].toFixed(2)}
                </span>
              ),
            )}
            {ev.lagDays !== undefined && (
              <span data-testid="evidence-lag">
                {' · '}
                {t('measure.lagDays', { count: ev.lagDays })}
                {lagYears(ev.lagDays) !== null ? t('measure.lagYearsAfter', { years: lagYears(ev.lagDays) }) : ''}
                {ev.lagApprox ? ` (${t('evidence.approx')})` : ''}
              </span>
            )}
            {ev.lagUntil && <span data-testid="evidence-lag-until" data-until={ev.lagUntil}> · {t('evidence.lagUntil', { until: ev.lagUntil })}</span>}
            {ev.dateUnknown && <span> · {t('evidence.dateUnknown')}</span>}
            {ev.laterVersion && <span data-testid="evidence-later-version"> · {ev.lagSince ? t('evidence.laterVersionSince', { since: ev.lagSince }) : t('evidence.laterVersion')}</span>}
            {ev.citedArticle && <span data-testid="evidence-cited-article"> · {t('evidenceCitations.cited')}</span>}
          </p>
          <div className="evidence-columns" ref={columns}>
            <Side side={ev.lower} label={t('evidence.lower')} shared={shared} testId="evidence-lower" focus={focus} spans={passageSpans.lower} />
            <Side side={ev.higher} label={t('evidence.higher')} shared={shared} testId="evidence-higher" spans={passageSpans.higher} />
          </div>
          {ev.citations.length > 0 && (
            <section className="panel-section">
              <CountedHeading title={t('evidenceCitations.title')} count={ev.citations.length} />
              <ol className="evidence-citations" data-testid="evidence-citations">
                {ev.citations.map((c, i) => (
                  <li key={i} data-citation={i}>
                    <button type="button" title={t('evidenceCitations.goTo')} onClick={() => goTo(i)}>
                      {c.text}
                    </button>
                  </li>
                ))}
              </ol>
            </section>
          )}
          <section className="panel-section">
            <CountedHeading title={t('evidence.passages')} count={ev.passages.length} />
            {ev.passages.length === 0 && <p className="muted">{t(ev.unscored.includes('entities') ? 'evidence.noPassagesTextOnly' : 'evidence.noPassages')}</p>}
            <ol className="evidence-passages" data-testid="evidence-passages">
              {ev.passages.map((p, i) => (
                <li key={i} data-passage={i}>
                  {lowerReadable ? (
                    <button type="button" className="link evidence-passage-read" data-testid="evidence-passage-read" title={t('evidence.readPassageTitle')} onClick={() => readPassage(i)}>
                      <mark style={{ background: passageColour(i) }}>{p.lower}</mark>
                    </button>
                  ) : (
                    <mark style={{ background: passageColour(i) }}>{p.lower}</mark>
                  )}
                  {p.higher !== p.lower && <span className="muted"> ← {p.higher}</span>}
                </li>
              ))}
            </ol>
          </section>
          <section className="panel-section">
            <CountedHeading title={t('evidence.shared')} count={ev.shared.length} />
            <ul className="node-list" data-testid="evidence-shared">
              {ev.shared.map((s) => (
                <li key={s.id} data-node-id={s.id} style={{ boxShadow: `inset 3px 0 0 ${NODE_COLOURS[s.type]}` }}>
                  <NodeLink node={s}>
                    <span className="muted">{t('evidence.mentionCounts', { lower: s.lowerMentions, higher: s.higherMentions })}</span>
                  </NodeLink>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
