// The cascade as a layered SVG: level bands top to bottom, issue dates left to right, documents as
// boxes listing their measures, links coloured and dashed by verdict (implements / partial /
// cites), thicker for a higher score, labelled with score and lag. A link opens its evidence; a
// document or a measure selects it in the graph; each is a tab stop (Enter or Space) too. Every text is a React text node.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CascadeLink } from '../../graph/cascade.js';
import { CASCADE_GEOMETRY as G, linkStrokeWidth, nearestLink, type CascadeLayout } from '../../graph/cascade-layout.js';
import { NODE_COLOURS } from '../../graph/colours.js';
import { activate } from '../activate.js';

/** Link styles by kind: one table for the diagram and its legend. */
export const LINK_STYLES: Record<CascadeLink['kind'], { colour: string; dash?: string }> = {
  implements: { colour: '#d1495b' },
  partial: { colour: '#edae49', dash: '6 4' },
  cites: { colour: '#6b7fae', dash: '2 4' },
};

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function linkLabel(l: CascadeLink, t: (k: string, o?: Record<string, unknown>) => string): string {
  const lag = l.lagDays !== undefined ? `${t('measure.lagShort', { count: l.lagDays })}${l.lagApprox ? '≈' : ''}` : '';
  if (l.pair) {
    // A pair of documents (cascade-pairs.ts): its links by verdict, the places cited, median score and lag.
    const p = l.pair;
    return [
      p.implements || p.partial ? t('cascade.pairLabel', { implements: p.implements, partial: p.partial }) : '',
      p.cites ? t('cascade.pairCites', { count: p.cites }) : '',
      p.medianScore !== undefined ? p.medianScore.toFixed(2) : '',
      lag,
    ]
      .filter(Boolean)
      .join(' · ');
  }
  const head = l.kind === 'cites' ? t('cascade.places', { count: l.places ?? 1 }) : (l.score ?? 0).toFixed(2);
  return lag ? `${head} · ${lag}` : head;
}

/** What a screen reader says for a link: lower end, verdict, higher end, score and lag. */
function linkName(l: CascadeLink, layout: CascadeLayout, t: (k: string, o?: Record<string, unknown>) => string): string {
  const end = (docId: string, measureId?: string) => {
    const d = layout.boxes.find((b) => b.doc.id === docId)?.doc;
    const m = measureId ? d?.measures.find((x) => x.id === measureId) : undefined;
    return [d?.name ?? docId, m?.path].filter(Boolean).join(' § ');
  };
  return `${end(l.lowerDoc, l.lower)} — ${t(`cascade.kind.${l.kind}`)} → ${end(l.higherDoc, l.higher)} · ${linkLabel(l, t)}`;
}

export function CascadeDiagram({
  layout,
  onLink,
  onNode,
  selected,
}: {
  layout: CascadeLayout;
  onLink: (l: CascadeLink) => void;
  onNode: (id: string) => void;
  selected: string | null;
}) {
  const { t } = useTranslation();
  // A click between the boxes goes to the nearest curve (cascade-layout.ts LINK_HIT), not to whichever hit line is
  // drawn on top there: in an opened pair's fan they overlap (session 32 trial). Boxes and a label's text keep
  // their clicks (the text clicked is the link meant).
  const onClickCapture = (e: MouseEvent<SVGSVGElement>) => {
    if ((e.target as Element).closest('[data-testid=cascade-doc], [data-testid=cascade-link-label]')) return;
    const ctm = e.currentTarget.getScreenCTM();
    if (!ctm) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    const hit = nearestLink(layout, p.x, p.y);
    if (!hit) return;
    e.stopPropagation();
    onLink(hit.link);
  };
  const fill = (i: number) => (i % 2 ? '#f8fafc' : '#f1f5f9');
  return (
    // The band names are HTML over the diagram, sticky at the scroller's left edge (styles.css .cascade-bands):
    // session 35, in SVG they scrolled out of sight with the first columns of a diagram wider than the screen.
    <div className="cascade-canvas" style={{ width: layout.width }}>
      {/* Each band's name in an opaque strip as wide as the room the layout keeps for it (G.bandLabel): a box scrolled
          under it is cut at the strip's edge, not covered by the name where it is still in sight (session 39). */}
      <div className="cascade-bands" style={{ width: G.bandLabel }}>
        {layout.bands.map((b, i) => (
          <div key={b.level} className="cascade-band-strip" data-testid="cascade-band-strip" data-level={b.level} style={{ top: b.y - 10, height: b.height + 20, background: fill(i) }}>
            <span className="cascade-band-label" data-testid="cascade-band-label" data-level={b.level} style={{ background: fill(i) }}>
              {b.level === 'other' ? '—' : t(`level.${b.level}`)}
            </span>
          </div>
        ))}
      </div>
      <svg
        className="cascade-svg"
        width={layout.width}
        height={layout.height}
        data-testid="cascade-svg"
        role="group"
        aria-label={t('cascade.title')}
        onClickCapture={onClickCapture}
      >
        {layout.bands.map((b, i) => (
          <g key={b.level} data-testid="cascade-band" data-level={b.level}>
            <rect x={0} y={b.y - 10} width={layout.width} height={b.height + 20} fill={fill(i)} />
          </g>
        ))}
        <g data-testid="cascade-axis">
          <text x={10} y={18} className="cascade-axis-title">
            {t('cascade.axis')}
          </text>
          {layout.columns.map((c) => (
            <text key={c.date || 'undated'} x={c.x + G.boxWidth / 2} y={18} textAnchor="middle" className="cascade-axis-label" data-testid="cascade-column">
              {c.date || t('cascade.undated')}
            </text>
          ))}
        </g>
        {layout.links.map(({ link, path }) => {
          const style = LINK_STYLES[link.kind];
          return (
            <g
              key={`${link.lower ?? link.lowerDoc}\u0000${link.higher ?? link.higherDoc}`}
              className="cascade-link cascade-clickable"
              data-testid="cascade-link"
              data-kind={link.kind}
              data-lower={link.lower ?? link.lowerDoc}
              data-higher={link.higher ?? link.higherDoc}
              data-lower-doc={link.lowerDoc}
              data-higher-doc={link.higherDoc}
              data-pair={link.pair?.key}
              aria-expanded={link.pair ? false : undefined}
              {...activate(() => onLink(link))}
              aria-label={linkName(link, layout, t)}
            >
              <title>{`${t(`cascade.kind.${link.kind}`)} · ${linkLabel(link, t)}`}</title>
              <path d={path} fill="none" stroke="transparent" strokeWidth={10} />
              <path d={path} fill="none" stroke={style.colour} strokeDasharray={style.dash} strokeWidth={linkStrokeWidth(link)} className="cascade-link-line" />
            </g>
          );
        })}
        {layout.boxes.map((b) => (
          <g key={b.doc.id} data-testid="cascade-doc" data-doc-id={b.doc.id} className={b.doc.id === selected ? 'cascade-doc selected' : 'cascade-doc'}>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={6} fill="#fff" stroke={b.doc.inCorpus ? NODE_COLOURS.Document : '#94a3b8'} strokeDasharray={b.doc.inCorpus ? undefined : '4 3'} />
            <g className="cascade-clickable" {...activate(() => onNode(b.doc.id))} aria-label={b.doc.name}>
              <title>{b.doc.name}</title>
              <rect x={b.x} y={b.y} width={b.width} height={G.header - 4} rx={6} fill={`${NODE_COLOURS.Document}14`} />
              <text x={b.x + 8} y={b.y + 17} className="cascade-doc-name" data-testid="cascade-doc-name">
                {clip(b.doc.name, 18)}
              </text>
              <text x={b.x + 8} y={b.y + 33} className="cascade-doc-meta" data-testid="cascade-doc-meta">
                {[b.doc.region, b.doc.date ?? (b.doc.fileDate ? t('cascade.fileDate', { date: b.doc.fileDate }) : t('cascade.undated')), b.doc.inCorpus ? '' : t('cascade.cited')]
                  .filter(Boolean)
                  .join(' · ')}
              </text>
            </g>
            {b.doc.measures.map((m) => (
              <g
                key={m.id}
                className={m.id === selected ? 'cascade-clickable cascade-measure selected' : 'cascade-clickable cascade-measure'}
                data-testid="cascade-measure"
                data-node-id={m.id}
                {...activate(() => onNode(m.id))}
                aria-label={`${m.path} ${m.name}`}
              >
                <title>{`${m.path} ${m.name}`}</title>
                <rect x={b.x + 4} y={b.rows.get(m.id)! - G.row / 2 + 1} width={b.width - 8} height={G.row - 2} rx={3} fill={`${NODE_COLOURS.Measure}22`} />
                <text x={b.x + 10} y={b.rows.get(m.id)! + 4} className="cascade-measure-text">
                  {clip(`${m.path} ${m.name}`, 20)}
                </text>
              </g>
            ))}
          </g>
        ))}
        {/* Labels above the boxes, so a link drawn behind a box keeps its score and lag readable. */}
        {layout.links.map(({ link, label }) => (
          <text
            key={`${link.lower ?? link.lowerDoc}\u0000${link.higher ?? link.higherDoc}`}
            x={label.x}
            y={label.y}
            textAnchor={label.anchor}
            className="cascade-link-label cascade-clickable"
            data-testid="cascade-link-label"
            data-lower={link.lower ?? link.lowerDoc}
            data-higher={link.higher ?? link.higherDoc}
            data-pair={link.pair?.key}
            fill={LINK_STYLES[link.kind].colour}
            onClick={() => onLink(link)}
          >
            {linkLabel(link, t)}
          </text>
        ))}
      </svg>
    </div>
  );
}
