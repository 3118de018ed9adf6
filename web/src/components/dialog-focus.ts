// A dialog over the page takes the keyboard focus when it opens (so Tab moves inside it, not behind
// it) and gives it back to what opened it (a matrix cell, a cascade link, an evidence button) when
// it closes.
import { useEffect, type RefObject } from 'react';

export function useDialogFocus(dialog: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement ? document.activeElement : null;
    dialog.current?.querySelector<HTMLElement>('button, [tabindex="0"]')?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [dialog]);
}
