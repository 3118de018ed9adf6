// Text with its highlighted spans: each mark takes its node type's colour and selects that node.
import type { NodeType } from '../../../graph-schema/index.js';
import { NODE_COLOURS } from '../graph/colours.js';
import type { Segment } from '../graph/highlight.js';
import { DELETED_KIND } from '../graph/measure-details.js';
import { useTranslation } from 'react-i18next';
import { useFocusNode } from '../state/index.js';
import { activate } from './activate.js';

export function HighlightedText({ segments, testId }: { segments: Segment[]; testId?: string }) {
  const { t } = useTranslation();
  const focusNode = useFocusNode();
  return (
    <p className="source-text" data-testid={testId}>
      {segments.map((seg, i) => {
        if (!seg.range) return <span key={i}>{seg.text}</span>;
        const { kind, ref, label } = seg.range;
        // Text a later revision deleted (its inline note closes it): struck through, its date beside it (session 39).
        if (kind === DELETED_KIND) {
          return (
            <span key={i} className="deleted-span" data-testid="deleted-span" data-date={label}>
              <del title={t('measure.deletedTitle', { date: label })}>{seg.text}</del>
              <span className="deleted-date">{t('measure.deletedOn', { date: label })}</span>
            </span>
          );
        }
        const colour = NODE_COLOURS[kind as NodeType] ?? '#999999';
        return (
          <mark
            key={i}
            data-testid="highlight"
            data-kind={kind}
            data-node-id={ref}
            title={label ? `${t(`type.${kind}`, { defaultValue: kind })}: ${label}` : t(`type.${kind}`, { defaultValue: kind })}
            style={{ background: `${colour}33`, boxShadow: `inset 0 -2px 0 ${colour}` }}
            {...(ref ? { ...activate(() => focusNode(ref)), role: 'link' } : {})}
          >
            {seg.text}
          </mark>
        );
      })}
    </p>
  );
}
