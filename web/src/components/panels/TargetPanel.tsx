// A Target: the commitment in one line and the sentence of its measure that states it.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { targetRow } from '../../graph/measure-details.js';
import { targetSentence } from '../../graph/mentions.js';
import { useExplorerContext } from '../../state/index.js';
import { HighlightedText } from '../HighlightedText.js';
import { NodeLink } from '../NodeLink.js';
import { TextPending } from './MeasurePanel.js';
import { Section } from './Section.js';
import { useTexts } from './use-texts.js';
import { targetValue } from './TargetTable.js';

export function TargetPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const row = useMemo(() => targetRow(data, id), [data, id]);
  const measureId = row ? (data.getNodeAttributes(id) as { measureId?: string }).measureId : undefined;
  const texts = useTexts(measureId ? [measureId] : []);
  const stated = useMemo(() => (texts === 'ready' ? targetSentence(data, id) : null), [data, id, texts]);
  if (!row) return null;
  return (
    <>
      <Section title={t('target.commitment')}>
        <p className="commitment" data-testid="target-summary">
          <strong>{row.metric}</strong> {targetValue(row)}
          {row.year !== undefined && <span className="muted"> {t('target.byYear', { year: row.year })}</span>}
        </p>
      </Section>
      <TextPending state={texts} />
      {stated && (
        <Section title={t('target.sentence')}>
          <p className="context-line">
            <NodeLink node={stated.measure} />
          </p>
          <HighlightedText segments={stated.sentence} testId="target-sentence" />
        </Section>
      )}
    </>
  );
}
