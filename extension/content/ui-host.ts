/**
 * This module owns Sourcemark's one element in the page: a host appended to <html> (outside <body>, so the
 * article's markup is untouched) with a closed shadow root, where all in-page UI lives out of the page's
 * reach and styles.
 */

const HOST_TAG = 'sourcemark-ui';

export interface UiHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** Whether a node belongs to Sourcemark's UI (events from it are not the reader's page selection). */
  contains(node: Node | null): boolean;
  remove(): void;
}

let current: UiHost | null = null;

export function uiHost(styles: string): UiHost {
  if (current?.host.isConnected) return current;
  const host = document.createElement(HOST_TAG);
  host.setAttribute(
    'style',
    'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;',
  );
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = styles;
  root.append(style);
  document.documentElement.append(host);
  current = {
    host,
    root,
    contains: (node) => node === host || (node !== null && root.contains(node)),
    remove: () => {
      host.remove();
      current = null;
    },
  };
  return current;
}
