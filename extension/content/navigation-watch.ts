/**
 * This module notices same-document navigations of single-page apps (history.pushState, replaceState, back
 * and forward): through the Navigation API where the browser has it, popstate and hashchange otherwise, and
 * a check of the address after every change to the page (an SPA changes the page when it navigates). A
 * change of fragment alone is not a new page.
 */

export interface NavigationWatch {
  /** Compares the address with the last one seen; reports a new page view. */
  check(): void;
}

interface NavigationLike extends EventTarget {
  readonly currentEntry: unknown;
}

export function pageKey(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}

export function watchNavigation(onNavigate: (href: string) => void, signal: AbortSignal): NavigationWatch {
  let last = pageKey(location.href);
  const check = () => {
    const key = pageKey(location.href);
    if (key === last) return;
    last = key;
    onNavigate(location.href);
  };
  const navigation = (window as Window & { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    // Fires after pushState/replaceState and traversals have updated location.
    navigation.addEventListener('currententrychange', check, { signal });
  }
  window.addEventListener('popstate', check, { signal });
  window.addEventListener('hashchange', check, { signal });
  return { check };
}
