// An Organisation, Programme, TargetGroup or Brand: every sentence that mentions it, by document.
import { useMemo } from 'react';
import { entityMentions } from '../../graph/mentions.js';
import { useExplorerContext } from '../../state/index.js';
import { HighlightedText } from '../HighlightedText.js';
import { NodeLink } from '../NodeLink.js';
import { Section } from './Section.js';

export function EntityPanel({ id }: { id: string }) {
  const { data } = useExplorerContext();
  const groups = useMemo(() => entityMentions(data, id), [data, id]);
  const total = groups.reduce((n, g) => n + g.mentions.length, 0);
  return (
    <Section title="Mentioned in 提及于" count={total} testId="mentions">
      {total === 0 && <p className="muted">No measure mentions it.</p>}
      {groups.map((g, i) => (
        <div key={g.document?.id ?? i} className="mention-group" data-testid="mention-group">
          <h4>{g.document ? <NodeLink node={g.document} /> : 'Unknown document'}</h4>
          <ul className="mentions">
            {g.mentions.map((m) => (
              <li key={m.measure.id}>
                <NodeLink node={m.measure} />
                {m.sentences.map((s, j) => (
                  <HighlightedText key={j} segments={s} testId="mention-sentence" />
                ))}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Section>
  );
}
