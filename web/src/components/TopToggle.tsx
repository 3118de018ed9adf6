// A top-bar switch that opens and closes a view or drawer: one look and one accessible state for all.
export function TopToggle({ on, testId, title, label, onClick }: { on: boolean; testId: string; title: string; label: string; onClick(): void }) {
  return (
    <button type="button" className={on ? 'toggle on' : 'toggle'} data-testid={testId} aria-pressed={on} title={title} onClick={onClick}>
      {label}
    </button>
  );
}
