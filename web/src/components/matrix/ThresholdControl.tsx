// The verdict thresholds the matrix reads its cells with: implemented ≥ a, partial ≥ b, defaults
// from the snapshot (the linker's calibrated thresholds). Links below the snapshot's partial
// threshold were never stored, so `partial` cannot go below it.
import { useTranslation } from 'react-i18next';
import type { Thresholds } from '../../../../coverage/index.js';

interface Props {
  value: Thresholds;
  defaults: Thresholds;
  onChange(t: Thresholds | null): void;
}

export function ThresholdControl({ value, defaults, onChange }: Props) {
  const { t } = useTranslation();
  const set = (k: keyof Thresholds, v: number) => {
    if (!Number.isFinite(v)) return;
    const next = { ...value, [k]: Math.round(v * 100) / 100 };
    if (k === 'implements' && next.partial > next.implements) next.partial = next.implements;
    if (k === 'partial' && next.partial > next.implements) next.implements = next.partial;
    onChange(next.implements === defaults.implements && next.partial === defaults.partial ? null : next);
  };
  const isDefault = value.implements === defaults.implements && value.partial === defaults.partial;
  return (
    <fieldset className="threshold-control" data-testid="matrix-threshold">
      <legend>{t('matrix.thresholds')}</legend>
      {(['implements', 'partial'] as const).map((k) => (
        <label key={k}>
          <span>{t(k === 'implements' ? 'matrix.implementsAt' : 'matrix.partialAt')}</span>
          <input
            type="number"
            data-testid={`matrix-threshold-${k}`}
            min={k === 'partial' ? defaults.partial : value.partial}
            max={1}
            step={0.01}
            value={value[k]}
            onChange={(e) => set(k, Math.max(k === 'partial' ? defaults.partial : 0, Math.min(1, Number(e.target.value))))}
          />
        </label>
      ))}
      <button type="button" className="link" data-testid="matrix-threshold-reset" disabled={isDefault} onClick={() => onChange(null)}>
        {t('matrix.reset', { implements: defaults.implements, partial: defaults.partial })}
      </button>
      <span className="muted" title={t('matrix.thresholdNote', { min: defaults.partial })}>
        ⓘ
      </span>
    </fieldset>
  );
}
