/**
 * This module is the dashboard's row of views (tabs, in the WAI-ARIA pattern: arrow keys move between
 * them, Home and End to the ends). The chosen view is kept in the address's fragment, so a view can be
 * linked to and survives a reload.
 */
import { useEffect, useState } from 'preact/hooks';

export const VIEWS = {
  annotations: 'All annotations',
  disputed: 'Disputed claims',
  sources: 'Sources',
  pictures: 'Pictures',
  transfer: 'Import & export',
} as const;
export type View = keyof typeof VIEWS;

/** Shorter names for the side panel, where five tabs share 360 pixels. */
const SHORT: Readonly<Record<View, string>> = {
  annotations: 'All',
  disputed: 'Disputed',
  sources: 'Sources',
  pictures: 'Pictures',
  transfer: 'Import/export',
};

function viewOfHash(): View {
  const name = location.hash.slice(1);
  return name in VIEWS ? (name as View) : 'annotations';
}

export function useView(): [View, (view: View) => void] {
  const [view, setView] = useState<View>(viewOfHash);
  useEffect(() => {
    const onHash = () => setView(viewOfHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return [
    view,
    (next) => {
      history.replaceState(null, '', `#${next}`);
      setView(next);
    },
  ];
}

export function ViewTabs(props: {
  readonly view: View;
  readonly onView: (view: View) => void;
  readonly compact?: boolean;
}) {
  const names = Object.keys(VIEWS) as View[];
  const onKeyDown = (event: KeyboardEvent) => {
    // Arrow keys move along the tabs, and choose as they go (tabs that show at once).
    const at = names.indexOf(props.view);
    const next =
      event.key === 'ArrowRight'
        ? names[(at + 1) % names.length]
        : event.key === 'ArrowLeft'
          ? names[(at - 1 + names.length) % names.length]
          : event.key === 'Home'
            ? names[0]
            : event.key === 'End'
              ? names[names.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    props.onView(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="Views" class="view-tabs">
      {names.map((name) => (
        <button
          key={name}
          id={`tab-${name}`}
          type="button"
          role="tab"
          aria-selected={props.view === name}
          aria-controls={`panel-${name}`}
          tabIndex={props.view === name ? 0 : -1}
          onClick={() => props.onView(name)}
          onKeyDown={onKeyDown}
        >
          {props.compact ? SHORT[name] : VIEWS[name]}
        </button>
      ))}
    </div>
  );
}
