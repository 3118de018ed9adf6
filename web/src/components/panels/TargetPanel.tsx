// A Target: the commitment in one line and the sentence of its measure that states it.
import { useMemo } from 'react';
import { targetRow } from '../../graph/measure-details.js';
import { targetSentence } from '../../graph/mentions.js';
import { useExplorerContext } from '../../state/index.js';
import { HighlightedText } from '../HighlightedText.js';
import { NodeLink } from '../NodeLink.js';
import { Section } from './Section.js';
import { targetValue } from './TargetTable.js';

export function TargetPanel({ id }: { id: string }) {
  const { data } = useExplorerContext();
  const row = useMemo(() => targetRow(data, id), [data, id]);
  const stated = useMemo(() => targetSentence(data, id), [data, id]);
  if (!row) return null;
  return (
    <>
      <Section title="Commitment 承诺">
        <p className="commitment" data-testid="target-summary">
          <strong>{row.metric}</strong> {targetValue(row)}
          {row.year !== undefined && <span className="muted"> by {row.year}</span>}
        </p>
      </Section>
      {stated && (
        <Section title="Source sentence 原句">
          <p className="context-line">
            <NodeLink node={stated.measure} />
          </p>
          <HighlightedText segments={stated.sentence} testId="target-sentence" />
        </Section>
      )}
    </>
  );
}
