// A lag of a year or more, also in years, on a line of its own under the days (tables).
import { useTranslation } from 'react-i18next';
import { lagYears } from '../graph/lag.js';

export function LagYears({ days }: { days: number | undefined }) {
  const { t } = useTranslation();
  const years = days === undefined ? null : lagYears(days);
  return years === null ? null : (
    <span className="lag-years muted" data-testid="lag-years">
      {t('measure.lagYears', { years })}
    </span>
  );
}
