// The two documents the gap view compares: the higher one (what should be carried out) and the
// lower one (the plan that should carry it out), from the documents read from the corpus.
import { useTranslation } from 'react-i18next';
import type { DocumentOption } from '../../graph/corpus-documents.js';

interface Props {
  options: DocumentOption[];
  higher: string | null;
  lower: string | null;
  /** Documents below the higher one (coverage's lowerDocuments), grouped first in the lower picker. */
  below?: readonly string[];
  onChange(choice: { higher?: string; lower?: string }): void;
}

function Picker(props: { label: string; testId: string; value: string | null; options: DocumentOption[]; below?: readonly string[]; onChange(id: string): void }) {
  const { t } = useTranslation();
  const option = (o: DocumentOption) => (
    <option key={o.id} value={o.id}>
      {o.label}
    </option>
  );
  const below = props.below && props.below.length > 0 ? new Set(props.below) : null;
  return (
    <label className="gaps-picker">
      <span className="gaps-picker-label">{props.label}</span>
      <select
        data-testid={props.testId}
        value={props.value ?? ''}
        title={props.options.find((o) => o.id === props.value)?.label}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.value === null && <option value="">{t('gaps.choose')}</option>}
        {below ? (
          <>
            <optgroup label={t('gaps.belowHigher')} data-testid={`${props.testId}-below`}>
              {props.options.filter((o) => below.has(o.id)).map(option)}
            </optgroup>
            <optgroup label={t('gaps.otherDocuments')}>{props.options.filter((o) => !below.has(o.id)).map(option)}</optgroup>
          </>
        ) : (
          props.options.map(option)
        )}
      </select>
    </label>
  );
}

export function DocumentPicker({ options, higher, lower, below, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="gaps-pickers">
      <Picker
        label={t('gaps.higher')}
        testId="gaps-higher"
        value={higher}
        options={options}
        onChange={(id) => onChange({ higher: id })}
      />
      <button
        type="button"
        className="gaps-swap"
        data-testid="gaps-swap"
        title={t('gaps.swap')}
        aria-label={t('gaps.swap')}
        disabled={!higher || !lower}
        onClick={() => higher && lower && onChange({ higher: lower, lower: higher })}
      >
        ⇅
      </button>
      <Picker
        label={t('gaps.lower')}
        testId="gaps-lower"
        value={lower}
        options={options}
        below={below}
        onChange={(id) => onChange({ lower: id })}
      />
    </div>
  );
}
