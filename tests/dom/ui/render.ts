/** Rendering Preact components into happy-dom for the popup and dashboard tests, and waiting on them. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export function mount(ui: ComponentChild): { root: HTMLElement; unmount(): void } {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(ui, root));
  return {
    root,
    unmount: () => {
      act(() => render(null, root));
      root.remove();
    },
  };
}

/** Waits until `find` returns something (IndexedDB and messages answer asynchronously). */
export async function waitFor<T>(find: () => T | null | undefined | false, timeout = 4000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`waitFor: not found in ${timeout} ms`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}

export function byText<T extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
  text: string | RegExp,
): T | null {
  return (
    ([...root.querySelectorAll<T>(selector)].find((e) =>
      typeof text === 'string' ? e.textContent?.includes(text) : text.test(e.textContent ?? ''),
    ) as T | undefined) ?? null
  );
}

export async function click(element: Element | null): Promise<void> {
  if (!element) throw new Error('click: no element');
  await act(() => (element as HTMLElement).click());
}

/** Types into a field the way the reader does: value, then an input event. */
export async function type(element: Element | null, value: string): Promise<void> {
  if (!element) throw new Error('type: no element');
  const field = element as HTMLInputElement;
  await act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(element: Element | null, value: string): Promise<void> {
  if (!element) throw new Error('choose: no element');
  const field = element as HTMLSelectElement;
  await act(() => {
    field.value = value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function key(element: Element | null, key: string, init: KeyboardEventInit = {}): Promise<void> {
  if (!element) throw new Error('key: no element');
  await act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
  });
}
