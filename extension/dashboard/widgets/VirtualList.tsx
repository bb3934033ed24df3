/**
 * This module is a list that renders only the rows in view (plus a few), so that 100,000 annotations
 * scroll as smoothly as 10. Rows have one fixed height. It is a WAI-ARIA grid whose rows take focus: one
 * tab stop, the arrow keys, Page Up/Down, Home and End move between rows (roving tabindex), Space selects
 * and Enter opens. The active row stays rendered while it has focus, even when scrolled away. Rows carry
 * their position (aria-rowindex, aria-rowcount) and selection (aria-selected) for screen readers.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

const OVERSCAN = 6;

export interface VirtualListProps<T> {
  readonly items: readonly T[];
  readonly rowHeight: number;
  readonly label: string;
  readonly keyOf: (item: T) => string;
  /** The row's cells: elements with role="gridcell". */
  readonly renderRow: (item: T, index: number, active: boolean) => ComponentChildren;
  readonly isSelected?: (item: T) => boolean;
  readonly rowClass?: (item: T) => string;
  readonly activeIndex: number;
  readonly onActiveChange: (index: number) => void;
  /** Enter on a row. */
  readonly onOpen?: (item: T, index: number) => void;
  /** Space on a row. */
  readonly onToggle?: (item: T, index: number) => void;
  readonly class?: string;
}

/** The first and last row indexes to render for a viewport. */
export function visibleRange(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  count: number,
): [number, number] {
  if (count === 0) return [0, -1];
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count - 1, Math.ceil((scrollTop + viewport) / rowHeight) + OVERSCAN);
  return [first, last];
}

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, rowHeight, activeIndex } = props;
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const focusWanted = useRef(false);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    setViewport(element.clientHeight || 600);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setViewport(element.clientHeight || 600));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Keep the active row in view when it changes by keyboard.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || !focusWanted.current) return;
    const top = activeIndex * rowHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + element.clientHeight)
      element.scrollTop = top + rowHeight - element.clientHeight;
    setScrollTop(element.scrollTop);
  }, [activeIndex, rowHeight]);

  useEffect(() => {
    if (!focusWanted.current) return;
    focusWanted.current = false;
    box.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`)?.focus();
  });

  const move = (index: number) => {
    if (items.length === 0) return;
    focusWanted.current = true;
    props.onActiveChange(Math.max(0, Math.min(items.length - 1, index)));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (isTextField(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
    const onRow = event.target instanceof HTMLElement && event.target.dataset.index !== undefined;
    const page = Math.max(1, Math.floor(viewport / rowHeight) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      PageDown: () => move(activeIndex + page),
      PageUp: () => move(activeIndex - page),
      Home: () => move(0),
      End: () => move(items.length - 1),
    };
    const item = items[activeIndex];
    if (onRow && item !== undefined && event.key === 'Enter' && props.onOpen) {
      keys.Enter = () => props.onOpen?.(item, activeIndex);
    }
    if (onRow && item !== undefined && event.key === ' ' && props.onToggle) {
      keys[' '] = () => props.onToggle?.(item, activeIndex);
    }
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const [first, last] = visibleRange(scrollTop, viewport, rowHeight, items.length);
  const indexes: number[] = [];
  for (let i = first; i <= last; i++) indexes.push(i);
  // The active row stays in the DOM, so focus is not lost when it scrolls out of view.
  if (activeIndex >= 0 && activeIndex < items.length && (activeIndex < first || activeIndex > last)) {
    indexes.push(activeIndex);
  }

  return (
    <div
      ref={box}
      class={`virtual-list ${props.class ?? ''}`}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div
        role="grid"
        aria-label={props.label}
        aria-rowcount={items.length}
        aria-multiselectable={props.isSelected ? true : undefined}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        class="virtual-grid"
        style={{ height: `${items.length * rowHeight}px` }}
      >
        {indexes.map((index) => {
          const item = items[index] as T;
          const active = index === activeIndex;
          return (
            <div
              key={props.keyOf(item)}
              role="row"
              aria-rowindex={index + 1}
              aria-selected={props.isSelected ? props.isSelected(item) : undefined}
              data-index={index}
              tabIndex={active || (activeIndex < 0 && index === first) ? 0 : -1}
              class={`virtual-row${active ? ' active' : ''} ${props.rowClass?.(item) ?? ''}`}
              style={{ top: `${index * rowHeight}px`, height: `${rowHeight}px` }}
              onFocusIn={() => {
                if (index !== activeIndex) props.onActiveChange(index);
              }}
            >
              {props.renderRow(item, index, active)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
