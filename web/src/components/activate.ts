// What a clickable thing that is not a <button> needs to be a button for the keyboard too: a tab
// stop, the button role (a screen reader says so), and Enter or Space doing what a click does.
import type { KeyboardEvent, MouseEvent } from 'react';

export interface ActivateProps {
  tabIndex: 0;
  role: 'button';
  onClick(e: MouseEvent): void;
  onKeyDown(e: KeyboardEvent): void;
}

export function activate(action: () => void): ActivateProps {
  return {
    tabIndex: 0,
    role: 'button',
    onClick: (e) => {
      e.stopPropagation(); // a mark inside a clickable line, a cell inside a clickable row: this one only
      action();
    },
    onKeyDown: (e) => {
      // Only keys on the element itself: Enter on a button inside a row is that button's.
      if (e.target !== e.currentTarget || (e.key !== 'Enter' && e.key !== ' ')) return;
      e.preventDefault(); // Space would scroll the view
      action();
    },
  };
}
