import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

/** Rows a PageUp/PageDown jumps. */
const PAGE_JUMP = 10;

function target(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return Math.min(index + 1, count - 1);
    case 'ArrowUp':
      return Math.max(index - 1, 0);
    case 'PageDown':
      return Math.min(index + PAGE_JUMP, count - 1);
    case 'PageUp':
      return Math.max(index - PAGE_JUMP, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * Roving focus over virtualised rows: one row is in the tab order, arrows move it, Enter opens it,
 * space selects it.
 * The row to focus may not be rendered yet, so focus follows once the virtualizer has drawn it.
 */
export function useRowKeyboard(
  count: number,
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  container: RefObject<HTMLDivElement | null>,
  open: (index: number) => void,
  toggle: (index: number) => void,
) {
  const [activeIndex, setActiveIndex] = useState(0);
  const focusPending = useRef(false);
  const visible = virtualizer.getVirtualItems();

  useEffect(() => {
    if (!focusPending.current) return;
    const row = container.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (row) {
      row.focus();
      focusPending.current = false;
    }
  }, [activeIndex, visible, container]);

  const moveTo = (next: number) => {
    focusPending.current = true;
    setActiveIndex(next);
    virtualizer.scrollToIndex(next);
  };

  const onRowKeyDown = (index: number, event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (event.key === 'Enter') open(index);
      else toggle(index); // space marks the row for a bulk action
      return;
    }
    const next = target(event.key, index, count);
    if (next === null) return;
    event.preventDefault();
    moveTo(next);
  };

  const current = Math.min(activeIndex, Math.max(count - 1, 0));
  /** j/k: one row down or up from the active one, focused and scrolled into view. */
  const moveBy = (delta: number) => {
    if (count > 0) moveTo(Math.min(Math.max(current + delta, 0), count - 1));
  };

  return { activeIndex: current, setActiveIndex, onRowKeyDown, moveBy };
}
