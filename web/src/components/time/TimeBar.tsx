// The time slider: steps through the documents' issue dates (time.ts), with play; the graph and
// the cascade show the corpus as of the chosen date (state `asOf`, URL key `asOf`). The last
// position is "all dates".
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issuedAfter, timeSteps } from '../../graph/time.js';
import { setAsOf, useDispatch, useExplorer, useExplorerContext } from '../../state/index.js';

/** Milliseconds between two steps while playing. */
export const PLAY_STEP_MS = 1200;

export function TimeBar() {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const dispatch = useDispatch();
  const asOf = useExplorer((s) => s.asOf);
  const steps = useMemo(() => timeSteps(data), [data]);
  const [playing, setPlaying] = useState(false);
  // The slider's position: the last step on or before asOf; steps.length means "all dates".
  const index = asOf === null ? steps.length : Math.max(0, steps.filter((d) => d <= asOf).length - 1);
  const hidden = useMemo(
    () => (asOf ? data.filterNodes((_, a) => a.type === 'Document' && a.inCorpus && issuedAfter(a, asOf)).length : 0),
    [data, asOf],
  );
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const next = index + 1;
      if (next >= steps.length) {
        dispatch(setAsOf(null));
        setPlaying(false);
      } else dispatch(setAsOf(steps[next]));
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, index, steps, dispatch]);
  if (steps.length === 0) return null;
  const play = () => {
    if (playing) return setPlaying(false);
    if (asOf === null) dispatch(setAsOf(steps[0]));
    setPlaying(true);
  };
  return (
    <div className="time-bar" data-testid="time-bar" role="group" aria-label={t('time.slider')}>
      <strong>{t('time.label')}</strong>
      <button type="button" data-testid="time-play" aria-pressed={playing} onClick={play}>
        {playing ? `❚❚ ${t('time.pause')}` : `▶ ${t('time.play')}`}
      </button>
      <input
        type="range"
        min={0}
        max={steps.length}
        step={1}
        value={index}
        data-testid="time-slider"
        aria-label={t('time.slider')}
        aria-valuetext={asOf ?? t('time.allDates')}
        onChange={(e) => {
          const i = Number(e.target.value);
          dispatch(setAsOf(i >= steps.length ? null : steps[i]));
        }}
      />
      <span className="time-label" data-testid="time-label" data-as-of={asOf ?? ''}>
        {asOf ? t('time.asOf', { date: asOf }) : t('time.allDates')}
      </span>
      {hidden > 0 && (
        <span className="muted" data-testid="time-hidden">
          {t('time.hidden', { count: hidden })}
        </span>
      )}
      <button type="button" data-testid="time-all" disabled={asOf === null} onClick={() => (setPlaying(false), dispatch(setAsOf(null)))}>
        {t('time.all')}
      </button>
    </div>
  );
}
