// The verdict thresholds the matrix reads its cells with: implemented ≥ a, partial ≥ b, defaults
// from the snapshot (the linker's calibrated thresholds). Under other thresholds the linker's selection
// runs again on the candidates the snapshot keeps near the cut (coverage/replay.ts): `partial` goes down
// to `min` (exact from `exact` up: below it a left-out candidate could have been linked; the snapshot's
// partial threshold for a snapshot without candidates, whose kept links are re-read). What is typed is kept as typed;
// the matrix changes only when both numbers make sense (partial ≤ implements ≤ 1).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Thresholds } from '../../../../coverage/index.js';
import type { CandidatesStatus } from '../../graph/link-candidates.js';

interface Props {
  value: Thresholds;
  defaults: Thresholds;
  /** The lowest partial threshold allowed (coverage/replay.ts exactFrom; defaults.partial without candidates). */
  min?: number;
  /** From this partial threshold up the selection run again is exactly ingest's (coverage/replay.ts exactFrom). */
  exact?: number;
  /** The snapshot's link candidates (fetched when the view opens): the inputs wait for them, so that what a user
   *  types is replayed by the linker's selection, never read from the kept links only. */
  candidates?: CandidatesStatus;
  onChange(t: Thresholds | null): void;
}

type Draft = Record<keyof Thresholds, string>;
const draftOf = (t: Thresholds): Draft => ({ implements: String(t.implements), partial: String(t.partial) });

/** The thresholds a draft describes, or null when it does not make sense. */
export function readDraft(d: Draft, min: number): Thresholds | null {
  const [i, p] = [Number(d.implements), Number(d.partial)];
  if (d.implements.trim() === '' || d.partial.trim() === '' || !Number.isFinite(i) || !Number.isFinite(p)) return null;
  return p >= min && p <= i && i <= 1 ? { implements: i, partial: p } : null;
}

export function ThresholdControl({ value, defaults, min: floor, exact, candidates = 'ready', onChange }: Props) {
  const min = floor ?? defaults.partial;
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(value));
  // Back/forward or reset: show the thresholds in force.
  useEffect(() => setDraft((d) => (readDraft(d, min)?.implements === value.implements && readDraft(d, min)?.partial === value.partial ? d : draftOf(value))), [value, min]);
  const valid = readDraft(draft, min);
  const edit = (k: keyof Thresholds, text: string) => {
    const next = { ...draft, [k]: text };
    setDraft(next);
    const th = readDraft(next, min);
    if (th) onChange(th.implements === defaults.implements && th.partial === defaults.partial ? null : th);
  };
  const isDefault = value.implements === defaults.implements && value.partial === defaults.partial;
  return (
    <fieldset className="threshold-control" data-testid="matrix-threshold" disabled={candidates === 'loading'} aria-busy={candidates === 'loading'}>
      <legend>{t('matrix.thresholds')}</legend>
      {(['implements', 'partial'] as const).map((k) => (
        <label key={k}>
          <span>{t(k === 'implements' ? 'matrix.implementsAt' : 'matrix.partialAt')}</span>
          <input
            type="number"
            data-testid={`matrix-threshold-${k}`}
            min={k === 'partial' ? min : 0}
            max={1}
            step={0.01}
            aria-invalid={!valid}
            value={draft[k]}
            onChange={(e) => edit(k, e.target.value)}
          />
        </label>
      ))}
      <button type="button" className="link" data-testid="matrix-threshold-reset" disabled={isDefault && !!valid} onClick={() => (setDraft(draftOf(defaults)), onChange(null))}>
        {t('matrix.reset', { implements: defaults.implements, partial: defaults.partial })}
      </button>
      {candidates !== 'ready' && (
        <span className="muted" data-testid="matrix-candidates" role="status">
          {t(candidates === 'loading' ? 'matrix.candidatesLoading' : 'matrix.candidatesFailed')}
        </span>
      )}
      <span className="muted" title={exact === undefined ? t('matrix.thresholdNote', { min }) : t('matrix.thresholdReplay', { exact })}>
        ⓘ
      </span>
    </fieldset>
  );
}
