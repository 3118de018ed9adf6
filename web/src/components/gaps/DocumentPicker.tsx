// The two documents the gap view compares: the higher one (what should be carried out) and the
// lower one (the plan that should carry it out), from the documents read from the corpus.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentCombobox } from '../DocumentCombobox.js';
import type { DocumentOption } from '../../graph/corpus-documents.js';

interface Props {
  options: DocumentOption[];
  higher: string | null;
  lower: string | null;
  /** Documents below the higher one (coverage's lowerDocuments), grouped first in the lower picker. */
  below?: readonly string[];
  onChange(choice: { higher?: string; lower?: string }): void;
}

// A combobox (type to filter) since session 44: at 50k nodes each held 16,664 options.
function Picker(props: { label: string; testId: string; value: string | null; options: DocumentOption[]; below?: readonly string[]; onChange(id: string): void }) {
  const { t } = useTranslation();
  const { options } = props;
  const load = useCallback(() => options, [options]);
  const valueText = useMemo(() => options.find((o) => o.id === props.value)?.label, [options, props.value]);
  return (
    <label className="gaps-picker">
      <span className="gaps-picker-label">{props.label}</span>
      <DocumentCombobox
        testId={props.testId}
        label={props.label}
        placeholder={t('gaps.choose')}
        load={load}
        value={props.value}
        valueText={valueText}
        first={props.below}
        firstLabel={t('gaps.belowHigher')}
        restLabel={t('gaps.otherDocuments')}
        onChoose={props.onChange}
      />
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
