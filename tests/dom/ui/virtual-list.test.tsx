/**
 * The virtualized list: with 100,000 items only the rows in view are in the DOM; it is one tab stop whose
 * rows the arrow keys, Page Up/Down, Home and End move between; Space selects and Enter opens.
 */
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { VirtualList, visibleRange } from '../../../extension/dashboard/widgets/VirtualList';
import { key, mount } from './render';

const ITEMS = Array.from({ length: 100_000 }, (_, i) => `item ${i}`);
let view: ReturnType<typeof mount> | null = null;
afterEach(() => view?.unmount());

function List(props: { onOpen: (item: string) => void; selected: Set<string> }) {
  const [active, setActive] = useState(0);
  return (
    <VirtualList<string>
      items={ITEMS}
      rowHeight={40}
      label="Things"
      keyOf={(item) => item}
      activeIndex={active}
      onActiveChange={setActive}
      onOpen={props.onOpen}
      onToggle={(item) => (props.selected.has(item) ? props.selected.delete(item) : props.selected.add(item))}
      isSelected={(item) => props.selected.has(item)}
      renderRow={(item) => <div role="gridcell">{item}</div>}
    />
  );
}

const rows = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[role="row"]')];
const focused = () => (document.activeElement as HTMLElement | null)?.dataset.index;

describe('a virtualized list', () => {
  it('computes the rows to draw from the scroll position, with a few more on each side', () => {
    expect(visibleRange(0, 400, 40, 100_000)).toEqual([0, 16]);
    expect(visibleRange(40_000, 400, 40, 100_000)).toEqual([994, 1016]);
    expect(visibleRange(0, 400, 40, 0)).toEqual([0, -1]);
  });

  it('puts only the rows in view into the DOM, and tells their place among all', () => {
    view = mount(<List onOpen={() => undefined} selected={new Set()} />);
    const drawn = rows(view.root);
    expect(drawn.length).toBeLessThan(60);
    expect(view.root.querySelector('[role="grid"]')?.getAttribute('aria-rowcount')).toBe('100000');
    expect(drawn[0]?.getAttribute('aria-rowindex')).toBe('1');
  });

  it('is one tab stop, and moves with the arrow keys, Page Down, End and Home', async () => {
    view = mount(<List onOpen={() => undefined} selected={new Set()} />);
    expect(rows(view.root).filter((r) => r.tabIndex === 0)).toHaveLength(1);
    const first = rows(view.root)[0] ?? null;
    first?.focus();
    await key(first, 'ArrowDown');
    expect(focused()).toBe('1');
    await key(document.activeElement, 'PageDown');
    expect(Number(focused())).toBeGreaterThan(1);
    await key(document.activeElement, 'End');
    expect(focused()).toBe('99999');
    expect(
      rows(view.root)
        .filter((r) => r.tabIndex === 0)
        .map((r) => r.dataset.index),
    ).toEqual(['99999']);
    await key(document.activeElement, 'Home');
    expect(focused()).toBe('0');
    await key(document.activeElement, 'ArrowUp');
    expect(focused()).toBe('0');
  });

  it('selects with Space and opens with Enter', async () => {
    const opened: string[] = [];
    const selected = new Set<string>();
    view = mount(<List onOpen={(item) => opened.push(item)} selected={selected} />);
    const first = rows(view.root)[0] ?? null;
    first?.focus();
    await key(first, 'ArrowDown');
    await key(document.activeElement, ' ');
    await key(document.activeElement, 'Enter');
    expect([...selected]).toEqual(['item 1']);
    expect(opened).toEqual(['item 1']);
  });
});
