// Keyboard focus around what opens over the page.
// - A dialog (the evidence) takes the focus when it opens, keeps Tab and Shift+Tab inside it (past
//   its last control Tab comes back to its first), and gives the focus back to what opened it (a
//   matrix cell, a cascade link, an evidence button) when it closes (Esc or ×).
// - The side panel takes the focus when a node is selected from the keyboard (Enter or Space on a
//   row, a measure, a link; not while typing in the search box), and gives it back on close.
import { useEffect, useRef, type RefObject } from 'react';

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The controls Tab stops at inside `root`, in document order (hidden ones left out). */
export function tabStops(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0 && !el.closest('[inert]'));
}

// How the last thing was done: keys or a pointer (a click's selection does not move the focus).
let byKeyboard = false;
if (typeof window !== 'undefined') {
  window.addEventListener('keydown', () => (byKeyboard = true), true);
  window.addEventListener('pointerdown', () => (byKeyboard = false), true);
}

const focusable = (el: Element | null): el is HTMLElement | SVGElement => el instanceof HTMLElement || el instanceof SVGElement;

export function useDialogFocus(dialog: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const opener = focusable(document.activeElement) ? document.activeElement : null;
    const root = dialog.current;
    root?.querySelector<HTMLElement>('button, [tabindex="0"]')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || !root) return;
      const stops = tabStops(root);
      const active = document.activeElement;
      const at = stops.indexOf(active as HTMLElement);
      const outside = !root.contains(active);
      if (stops.length === 0) return e.preventDefault();
      if (e.shiftKey && (at === 0 || outside)) {
        e.preventDefault();
        stops[stops.length - 1].focus();
      } else if (!e.shiftKey && (at === stops.length - 1 || outside)) {
        e.preventDefault();
        stops[0].focus();
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      if (opener?.isConnected) opener.focus();
    };
  }, [dialog]);
}

/**
 * The side panel's heading takes the focus when `selected` changes by a key (so Tab goes on into
 * the panel), unless the key was typed in a text field; closing gives it back to what opened it.
 */
export function usePanelFocus(heading: RefObject<HTMLElement | null>, selected: string | null): void {
  const opener = useRef<HTMLElement | SVGElement | null>(null);
  useEffect(() => {
    const active = document.activeElement;
    const panel = heading.current?.closest('aside');
    if (!selected) {
      const lost = !active || active === document.body;
      if (lost && opener.current?.isConnected) opener.current.focus();
      opener.current = null;
      return;
    }
    if (!byKeyboard || (active instanceof HTMLElement && active.matches('input, textarea'))) return;
    if (focusable(active) && active !== document.body && !panel?.contains(active)) opener.current = active;
    heading.current?.focus();
  }, [heading, selected]);
}
