// An Organisation, Programme, TargetGroup or Brand: every sentence that mentions it, by document.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { entityMentions } from '../../graph/mentions.js';
import { useExplorerContext } from '../../state/index.js';
import { HighlightedText } from '../HighlightedText.js';
import { NodeLink } from '../NodeLink.js';
import { TextPending } from './MeasurePanel.js';
import { Section } from './Section.js';
import { useTexts } from './use-texts.js';

export function EntityPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const measures = useMemo(() => data.inNeighbors(id).filter((m) => data.getNodeAttribute(m, 'type') === 'Measure'), [data, id]);
  const texts = useTexts(measures);
  const groups = useMemo(() => (texts === 'ready' ? entityMentions(data, id) : []), [data, id, texts]);
  if (texts !== 'ready') return <TextPending state={texts} />;
  const total = groups.reduce((n, g) => n + g.mentions.length, 0);
  return (
    <Section title={t('entity.mentionedIn')} count={total} testId="mentions">
      {total === 0 && <p className="muted">{t('entity.noMentions')}</p>}
      {groups.map((g, i) => (
        <div key={g.document?.id ?? i} className="mention-group" data-testid="mention-group">
          <h4>{g.document ? <NodeLink node={g.document} /> : t('entity.unknownDocument')}</h4>
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
