// The document reader: the cleaned text in its structure (headings, indented items), entities
// marked in their type's colour, targets and citations marked (a mark selects its node), and
// beside each measure the measures it implements and that implement it (a row opens the
// evidence). The text is fetched when the reader opens; everything is rendered as text.
import { useEffect, useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeType } from '../../../../graph-schema/index.js';
import { NODE_COLOURS } from '../../graph/colours.js';
import { readDocument, type ReaderBlock, type ReaderLink, type ReaderMark, type ReaderSegment } from '../../graph/reader.js';
import { closeResearch, openEvidence, useDispatch, useExplorer, useExplorerContext, useFocusNode } from '../../state/index.js';
import { useTexts } from '../panels/use-texts.js';
import { activate } from '../activate.js';

const MARK_KINDS: readonly NodeType[] = ['Organisation', 'Programme', 'TargetGroup', 'Brand', 'Target', 'Document'];

/** One mark: its type's colour, a title naming type and node, a click selecting the node. */
function Mark({ mark, children, style }: { mark: ReaderMark; children: ReactNode; style: CSSProperties }) {
  const { t } = useTranslation();
  const focusNode = useFocusNode();
  const kind = mark.kind === 'Document' ? t('reader.citation') : t(`type.${mark.kind}`);
  return (
    <mark
      data-kind={mark.kind}
      data-node-id={mark.ref}
      title={`${kind}: ${mark.label}`}
      style={style}
      {...activate(() => focusNode(mark.ref))}
      role="link"
    >
      {children}
    </mark>
  );
}

/** A line's runs with nested marks: citation (underlined) ⊃ target (tinted) ⊃ entity (tinted, underlined); the passage the
 *  reader was opened from outlined around them, and text a later revision deleted struck through with its date after
 *  its last run (session 40, as the measure panel since session 39). */
function ReaderText({ segments }: { segments: ReaderSegment[] }) {
  const { t } = useTranslation();
  return (
    <p className="source-text">
      {segments.map((s, i) => {
        let out: ReactNode = s.text;
        if (s.entity) out = <Mark mark={s.entity} style={{ background: `${NODE_COLOURS[s.entity.kind as NodeType]}33`, boxShadow: `inset 0 -2px 0 ${NODE_COLOURS[s.entity.kind as NodeType]}` }}>{out}</Mark>;
        if (s.target) out = <Mark mark={s.target} style={{ background: `${NODE_COLOURS.Target}2e`, borderBottom: `2px dotted ${NODE_COLOURS.Target}` }}>{out}</Mark>;
        if (s.citation) out = <Mark mark={s.citation} style={{ background: 'transparent', textDecoration: `underline ${NODE_COLOURS.Document}`, color: NODE_COLOURS.Document, cursor: 'pointer' }}>{out}</Mark>;
        if (s.deleted) {
          const last = segments[i + 1]?.deleted?.label !== s.deleted.label;
          out = (
            <span className="deleted-span" data-testid="deleted-span" data-date={s.deleted.label}>
              <del title={t('measure.deletedTitle', { date: s.deleted.label })}>{out}</del>
              {last && <span className="deleted-date">{t('measure.deletedOn', { date: s.deleted.label })}</span>}
            </span>
          );
        }
        if (s.passage) {
          out = (
            <mark className="reader-passage" data-testid="reader-passage" title={t('reader.passageTitle')}>
              {out}
            </mark>
          );
        }
        return <span key={i}>{out}</span>;
      })}
    </p>
  );
}

function Links({ items, dir, measure }: { items: ReaderLink[]; dir: 'up' | 'down'; measure: string }) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  if (!items.length) return null;
  return (
    <div className={`reader-links ${dir}`} data-testid={dir === 'up' ? 'reader-implements' : 'reader-implemented-by'}>
      <h5>{dir === 'up' ? t('reader.implements') : t('reader.implementedBy')}</h5>
      <ul>
        {items.map((l) => (
          <li key={l.measure.id}>
            <button
              type="button"
              data-testid="reader-link"
              data-node-id={l.measure.id}
              data-verdict={l.verdict}
              title={t('evidence.buttonTitle')}
              onClick={() => dispatch(openEvidence(dir === 'up' ? { lower: measure, higher: l.measure.id } : { lower: l.measure.id, higher: measure }))}
            >
              <span className={`verdict-dot ${l.verdict}`} />
              {l.document?.name ?? ''} § {l.path}
              <span className="muted">
                {' '}
                {t(`evidence.verdict.${l.verdict}`)} {l.score.toFixed(2)}
                {l.lagDays !== undefined ? ` · ${l.lagApprox ? '≈' : ''}${t('measure.lagShort', { count: l.lagDays })}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** `current`: the selected measure's first line; `within`: its other lines (session 32 trial: only the first of a
 *  multi-line measure was outlined, so its end could not be told from the next measure's lines). */
function Block({ b, current, within }: { b: ReaderBlock; current: boolean; within: boolean }) {
  const focusNode = useFocusNode();
  const ref = useRef<HTMLDivElement>(null);
  // The selected measure's first line scrolls into view (Read from a measure's panel).
  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'center' });
  }, [current]);
  const cls = ['reader-line', b.heading ? 'heading' : '', b.measure ? '' : 'title'].filter(Boolean).join(' ');
  return (
    <div ref={ref} className={current ? 'reader-row current' : within ? 'reader-row within' : 'reader-row'} data-testid="reader-block" data-measure={b.measure ?? ''}>
      <div className={cls} style={{ paddingLeft: `${Math.max(0, b.depth - 1) * 18}px` }}>
        {b.path && b.implements.length + b.implementedBy.length > 0 && (
          <button type="button" className="reader-path" data-node-id={b.measure!} onClick={() => focusNode(b.measure!)}>
            §{b.path}
          </button>
        )}
        <ReaderText segments={b.segments} />
      </div>
      <div className="reader-side">
        <Links items={b.implements} dir="up" measure={b.measure ?? ''} />
        <Links items={b.implementedBy} dir="down" measure={b.measure ?? ''} />
      </div>
    </div>
  );
}

export function ReaderView() {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const dispatch = useDispatch();
  const id = useExplorer((s) => s.research.reader);
  const selected = useExplorer((s) => s.selected);
  const spans = useExplorer((s) => s.research.readerSpans);
  const docId = id && data.hasNode(id) && data.getNodeAttribute(id, 'type') === 'Document' ? id : null;
  const inCorpus = docId ? (data.getNodeAttributes(docId) as { inCorpus?: boolean }).inCorpus : false;
  const texts = useTexts(docId && inCorpus ? [docId] : []);
  const model = useMemo(() => (docId && texts === 'ready' ? readDocument(data, docId, { passages: spans }) : null), [data, docId, texts, spans]);
  const body = useRef<HTMLDivElement>(null);
  // Opened from a passage (a gap row's, an evidence side's): its first mark is scrolled into view, after the selected
  // measure's first line (a child's effect runs first), so a passage deep in a long article is seen (session 40).
  useEffect(() => {
    if (model && spans.length) body.current?.querySelector('[data-testid=reader-passage]')?.scrollIntoView({ block: 'center' });
  }, [model, spans]);
  const meta = docId ? (data.getNodeAttributes(docId) as { region?: string; issuedOn?: string; year?: number; docNumber?: string }) : null;
  return (
    <section className="research-panel" data-testid="reader-view" aria-label={t('reader.title')}>
      <header className="gaps-header">
        <h2 data-testid="reader-title">{docId ? data.getNodeAttribute(docId, 'name') : t('reader.title')}</h2>
        {meta && (
          <p className="muted">
            {[t('reader.title'), meta.region, meta.issuedOn ?? meta.year, meta.docNumber].filter(Boolean).join(' · ')}
          </p>
        )}
        <button type="button" className="close" data-testid="research-close" aria-label={t('research.close')} onClick={() => dispatch(closeResearch())}>
          ×
        </button>
      </header>
      {model && (
        <div className="research-summary" data-testid="reader-legend">
          <span>{t('reader.legend')}</span>
          {MARK_KINDS.filter((k) => model.counts[k]).map((k) => (
            <span key={k} className="reader-legend-item" data-kind={k}>
              <span className="dot" style={{ background: NODE_COLOURS[k] }} />
              {k === 'Document' ? t('reader.citation') : t(`type.${k}`)} {model.counts[k]}
            </span>
          ))}
        </div>
      )}
      <div ref={body} className="research-body reader-body" data-testid="reader-text">
        {!docId || !inCorpus ? (
          <p className="gaps-note">{t('reader.noText')}</p>
        ) : !model ? (
          <p className="muted" data-testid="text-pending">
            {texts === 'failed' ? t('reader.failed') : t('panel.loadingText')}
          </p>
        ) : (
          model.blocks.map((b, i) => <Block key={b.start} b={b} current={b.measure !== null && b.measure === selected && model.blocks.findIndex((x) => x.measure === selected) === i} within={b.measure !== null && b.measure === selected} />)
        )}
      </div>
    </section>
  );
}
