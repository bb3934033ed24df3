/**
 * This module owns Sourcemark's one element in the page: a host appended to <html> (outside <body>, so the
 * article's markup is untouched) with a closed shadow root, where all in-page UI lives out of the page's
 * reach and styles. Each UI part adds its styles once, by name.
 */

const HOST_TAG = 'sourcemark-ui';

export interface UiHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** Whether a node belongs to Sourcemark's UI (events from it are not the reader's page selection). */
  contains(node: Node | null): boolean;
  /** A container for one UI part, with its styles; created once per name. */
  part(name: string, styles: string): HTMLElement;
  remove(): void;
}

let current: UiHost | null = null;

export function uiHost(): UiHost {
  if (current?.host.isConnected) return current;
  current?.remove();
  const host = document.createElement(HOST_TAG);
  host.setAttribute(
    'style',
    'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;',
  );
  const root = host.attachShadow({ mode: 'closed' });
  document.documentElement.append(host);
  const parts = new Map<string, HTMLElement>();
  const made: UiHost = {
    host,
    root,
    contains: (node) => node === host || (node !== null && root.contains(node)),
    part: (name, styles) => {
      let container = parts.get(name);
      if (!container) {
        const style = document.createElement('style');
        style.textContent = styles;
        container = document.createElement('div');
        container.dataset.part = name;
        root.append(style, container);
        parts.set(name, container);
      }
      return container;
    },
    remove: () => {
      host.remove();
      if (current === made) current = null;
    },
  };
  current = made;
  return made;
}

/** The host if it exists, without creating it. */
export function existingUiHost(): UiHost | null {
  return current?.host.isConnected ? current : null;
}
