// A Measure: its text with mentions and targets highlighted, what it mentions, its targets,
// and where it sits in the cascade (parent, sub-measures, implements / implemented by).
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { measureDetails, type ScoredRef } from '../../graph/measure-details.js';
import { hitPlace } from '../../graph/search.js';
import { openEvidence, useDispatch, useExplorerContext } from '../../state/index.js';
import { HighlightedText } from '../HighlightedText.js';
import { NodeLink, NodeList } from '../NodeLink.js';
import { Section } from './Section.js';
import { TargetTable } from './TargetTable.js';
import { useTexts } from './use-texts.js';

function scoreTitle(r: ScoredRef, t: TFunction): string {
  const signals = Object.entries(r.signals).map(([k, v]) => `${t(`signal.${k}`, { defaultValue: k })} ${v.toFixed(2)}`);
  const lag = r.lagDays !== undefined ? [`${t('measure.lagDays', { count: r.lagDays })}${r.lagApprox ? ` (${t('evidence.approx')})` : ''}`] : [];
  return [t('measure.score'), ...signals, ...lag].join(' · ');
}

function ScoredList({ items, testId, onEvidence }: { items: ScoredRef[]; testId: string; onEvidence: (other: string) => void }) {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  return (
    <ul className="node-list" data-testid={testId}>
      {items.map((r) => {
        // Whose measure it is (session 36 trial: 献血法 第十四条's eight implementers were eight texts, and which were
        // 宁波's, 泰安's or 浙江's could not be told without opening each).
        const place = hitPlace(data, r.id);
        return (
          <li key={r.id}>
            <NodeLink node={r}>
              <span className="score" title={scoreTitle(r, t)}>
                {r.lagDays !== undefined && <span className="lag">{r.lagApprox ? '≈' : ''}{t('measure.lagShort', { count: r.lagDays })} · </span>}
                {r.score.toFixed(2)}
              </span>
            </NodeLink>
            <button type="button" className="evidence-button" data-testid="evidence-button" data-node-id={r.id} title={t('evidence.buttonTitle')} onClick={() => onEvidence(r.id)}>
              {t('evidence.button')}
            </button>
            {place && (
              <span className="node-place" data-testid="measure-link-place">
                {place.path ? `${place.document} · ${place.path}` : place.document}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function MeasurePanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const texts = useTexts([id]);
  const dispatch = useDispatch();
  const setEvidence = (pair: { lower: string; higher: string }) => dispatch(openEvidence(pair));
  const d = useMemo(() => (texts === 'ready' ? measureDetails(data, id) : null), [data, id, texts]);
  if (!d) return <TextPending state={texts} />;
  return (
    <>
      <Section title={t('measure.source')}>
        <p className="context-line">
          {d.document && <NodeLink node={d.document} />}
          <span className="muted">
            {' '}
            § {d.measure.path}
            {d.measure.section ? ` · ${d.measure.section}` : ''}
          </span>
        </p>
        {d.measure.deletedOn && (
          // A deleted article keeps its number (later ones were not renumbered) but no longer asks anything: never
          // linked, left out of coverage (session 38). Said before its struck-through text (session 39).
          <p className="deleted-measure" data-testid="measure-deleted" data-date={d.measure.deletedOn}>
            {t('measure.deletedMeasure', { date: d.measure.deletedOn })}
          </p>
        )}
        <HighlightedText segments={d.segments} testId="measure-text" />
      </Section>
      {d.entities.length > 0 && (
        <Section title={t('measure.mentions')} count={d.entities.reduce((n, g) => n + g.items.length, 0)}>
          {d.entities.map((g) => (
            <div key={g.type} className="entity-group" data-testid={`entity-group-${g.type}`}>
              <h4>
                {t(`type.${g.type}`)}
              </h4>
              <NodeList nodes={g.items} />
            </div>
          ))}
        </Section>
      )}
      {d.targets.length > 0 && (
        <Section title={t('measure.targets')} count={d.targets.length} testId="measure-targets">
          <TargetTable targets={d.targets} />
        </Section>
      )}
      {d.implements.length > 0 && (
        <Section title={t('measure.implements')} count={d.implements.length}>
          <ScoredList items={d.implements} testId="implements" onEvidence={(higher) => setEvidence({ lower: id, higher })} />
        </Section>
      )}
      {d.implementedBy.length > 0 && (
        <Section title={t('measure.implementedBy')} count={d.implementedBy.length}>
          <ScoredList items={d.implementedBy} testId="implemented-by" onEvidence={(lower) => setEvidence({ lower, higher: id })} />
        </Section>
      )}
      {d.parent && (
        <Section title={t('measure.partOf')}>
          <NodeList nodes={[d.parent]} />
        </Section>
      )}
      {d.children.length > 0 && (
        <Section title={t('measure.children')} count={d.children.length}>
          <NodeList nodes={d.children} />
        </Section>
      )}
    </>
  );
}

/** What a panel shows while its text is on the way, or when it could not be fetched. */
export function TextPending({ state }: { state: 'ready' | 'loading' | 'failed' }) {
  const { t } = useTranslation();
  if (state === 'ready') return null;
  return (
    <p className="muted" data-testid="text-pending">
      {state === 'loading' ? t('panel.loadingText') : t('panel.textFailed')}
    </p>
  );
}
