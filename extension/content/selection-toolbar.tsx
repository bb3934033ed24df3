/**
 * This module shows the selection toolbar when the reader selects text on the page (or chooses "Annotate
 * with Sourcemark" in the context menu), and hands the choice (tags, a note) with the selected range to
 * `onSave`. Cleanup goes through the AbortSignal.
 */
import { render } from 'preact';
import { SelectionToolbar, TOOLBAR_STYLES } from './SelectionToolbar';
import { existingUiHost, uiHost } from './ui-host';

export type SaveSelection = (range: Range, choice: { tags: string[]; note: string }) => Promise<unknown>;

export interface SelectionWatch {
  /** Opens the toolbar on the current selection with the focus in it; false without a selection. */
  openFromMenu(): boolean;
}

const SETTLE_MS = 150;

export function watchSelection(doc: Document, onSave: SaveSelection, signal: AbortSignal): SelectionWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Where the open toolbar stands (the selection's box), so that the same selection does not reopen it. */
  let openAt: string | null = null;

  const container = () => uiHost().part('toolbar', TOOLBAR_STYLES);
  const close = () => {
    openAt = null;
    const host = existingUiHost();
    if (host) render(null, host.part('toolbar', TOOLBAR_STYLES));
  };

  const open = (range: Range, focus: boolean) => {
    const rect = range.getBoundingClientRect();
    const at = `${rect.left},${rect.top},${rect.bottom}`;
    if (at === openAt && !focus) return;
    openAt = at;
    const saved = range.cloneRange();
    render(
      <SelectionToolbar
        key={`${at},${focus}`}
        selection={{ left: rect.left, top: rect.top, bottom: rect.bottom }}
        focus={focus}
        onClose={close}
        onSave={(choice) => {
          close();
          void onSave(saved, choice);
        }}
      />,
      container(),
    );
  };

  /** The reader's selection on the page, if it holds text outside Sourcemark's UI. */
  const pageSelection = (): Range | null => {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    const node = range.commonAncestorContainer;
    if (existingUiHost()?.contains(node) || !doc.body.contains(node)) return null;
    return range.toString().trim() ? range : null;
  };

  const check = () => {
    const range = pageSelection();
    if (range) return open(range, false);
    // Focus moving into the toolbar's note field collapses the page selection: keep the toolbar then.
    if (!existingUiHost()?.contains(doc.activeElement)) close();
  };

  doc.addEventListener(
    'selectionchange',
    () => {
      clearTimeout(timer);
      timer = setTimeout(check, SETTLE_MS);
    },
    { signal },
  );
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      close();
    },
    { once: true },
  );
  return {
    openFromMenu: () => {
      const range = pageSelection();
      if (range) open(range, true);
      return range !== null;
    },
  };
}
