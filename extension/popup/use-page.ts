/**
 * This module gathers what the popup shows about its tab: the content script's summary of the page, the
 * site's settings, the reader's note on the site (as an outlet) and on the sources the page cites.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PageSummary } from '../../src/messaging/page-summary';
import type { SiteSettings } from '../../src/messaging/protocol';
import { sourceKey, type SourceNote } from '../../src/model/source-note';
import type { SourcemarkDb } from '../../src/store/db';
import { lookupSources, sourceForDomain } from '../../src/store/sources';
import { askBackground, askTab } from '../shared/ask';

export interface PageData {
  readonly tabId: number;
  readonly page: PageSummary;
  readonly site: SiteSettings;
  /** The reader's note on this site as an outlet. */
  readonly outlet: SourceNote | null;
  /** The reader's notes on the sources cited here, by `sourceKey` of every name and alias. */
  readonly sources: ReadonlyMap<string, SourceNote>;
}

export type PageState =
  | { readonly phase: 'loading' }
  | { readonly phase: 'unavailable'; readonly reason: string }
  | ({ readonly phase: 'ready' } & PageData);

async function notesOnSources(db: SourcemarkDb, page: PageSummary): Promise<Map<string, SourceNote>> {
  const names = [
    ...page.findings.map((f) => f.sourceName),
    ...page.annotations.map((a) => a.sourceName ?? ''),
  ].filter((name) => name !== '');
  const notes = await lookupSources(db, names);
  const byKey = new Map<string, SourceNote>();
  for (const note of notes) {
    for (const name of [note.name, ...note.aliases]) byKey.set(sourceKey(name), note);
  }
  return byKey;
}

export async function loadPage(db: SourcemarkDb, tabId: number): Promise<PageData> {
  const page = await askTab(tabId, 'page/summary', {});
  const [site, outlet, sources] = await Promise.all([
    askBackground('settings/site', { site: page.site }),
    page.site ? sourceForDomain(db, page.site) : Promise.resolve(null),
    notesOnSources(db, page),
  ]);
  return { tabId, page, site, outlet, sources };
}

export function usePage(db: SourcemarkDb, tabId: Promise<number | null>) {
  const [state, setState] = useState<PageState>({ phase: 'loading' });

  const reload = async () => {
    const id = await tabId;
    if (id === null) return setState({ phase: 'unavailable', reason: 'No tab to show.' });
    try {
      setState({ phase: 'ready', ...(await loadPage(db, id)) });
    } catch {
      setState({
        phase: 'unavailable',
        reason:
          'Sourcemark does not run on this page (only on web pages). Reload the page if it just got installed.',
      });
    }
  };

  useEffect(() => {
    void reload();
  }, []);

  return { state, reload };
}
