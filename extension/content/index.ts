/**
 * This module is the content script's entry point: it starts Sourcemark on the page (automatic highlighting
 * on articles unless the reader turned it off for the site), and answers the popup and the service worker.
 * Nothing leaves the browser: the analysis runs here, saved data goes to the extension's own database.
 */
import { contentRequests, type ContentReplies } from '../../src/messaging/protocol';
import { createRouter, type Handlers } from '../../src/messaging/router';
import { siteOf } from '../../src/model/page';
import { askBackground } from '../shared/ask';
import { listen } from '../shared/listen';
import { canHighlight } from './highlighter';
import { PageView } from './page-view';
import { watchSelection } from './selection-toolbar';

function handlers(view: PageView): Handlers<typeof contentRequests, ContentReplies> {
  return {
    'page/location': async () => location.href,
    'page/summary': async () => view.summary(),
    'page/analyze': async () => {
      view.analyze();
      return view.summary();
    },
    'page/set-highlights-visible': async ({ visible }) => {
      view.setHighlightsVisible(visible);
      return null;
    },
    'page/toggle-highlights': async () => {
      view.setHighlightsVisible(!view.highlighter.visible);
      return view.highlighter.visible;
    },
    'page/reveal': async (target) => view.reveal(target),
    'page/annotations-changed': async () => {
      await view.refreshAnnotations();
      return null;
    },
    'page/next-finding': async () => false,
    'page/annotate-selection': async () => false,
  };
}

async function start(): Promise<void> {
  if (!canHighlight() || !document.body) return;
  const view = new PageView(document);
  listen(createRouter(contentRequests, handlers(view)));
  watchSelection(document, (range, choice) => view.annotate(range, choice));
  const settings = await askBackground('settings/site', { site: siteOf(location.href) });
  if (settings.autoHighlight) view.analyze();
  await view.loadAnnotations();
}

void start();
