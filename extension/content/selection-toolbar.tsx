/**
 * This module shows the selection toolbar when the reader selects text on the page, and hands the choice
 * (a tag, a note) with the selected range to `onSave`. It returns a cleanup function.
 */
import { render } from 'preact';
import { SelectionToolbar, TOOLBAR_STYLES } from './SelectionToolbar';
import { uiHost } from './ui-host';

export type SaveSelection = (range: Range, choice: { tags: string[]; note: string }) => Promise<unknown>;

const SETTLE_MS = 150;

export function watchSelection(doc: Document, onSave: SaveSelection): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let container: HTMLElement | null = null;

  const close = () => {
    if (container) render(null, container);
  };

  const open = (range: Range) => {
    const host = uiHost(TOOLBAR_STYLES);
    if (!container) {
      container = doc.createElement('div');
      host.root.append(container);
    }
    const rect = range.getBoundingClientRect();
    const saved = range.cloneRange();
    render(
      <SelectionToolbar
        key={`${rect.left},${rect.top},${rect.bottom}`}
        selection={{ left: rect.left, top: rect.top, bottom: rect.bottom }}
        onClose={close}
        onSave={(choice) => {
          close();
          void onSave(saved, choice);
        }}
      />,
      container,
    );
  };

  const check = () => {
    const selection = doc.getSelection();
    const host = uiHost(TOOLBAR_STYLES);
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      // Focus moving into the toolbar's note field collapses the page selection: keep the toolbar then.
      if (!host.contains(doc.activeElement)) close();
      return;
    }
    const range = selection.getRangeAt(0);
    if (host.contains(range.commonAncestorContainer) || !doc.body.contains(range.commonAncestorContainer))
      return;
    if (!range.toString().trim()) return close();
    open(range);
  };

  const onSelectionChange = () => {
    clearTimeout(timer);
    timer = setTimeout(check, SETTLE_MS);
  };
  doc.addEventListener('selectionchange', onSelectionChange);
  return () => {
    clearTimeout(timer);
    doc.removeEventListener('selectionchange', onSelectionChange);
    close();
  };
}
