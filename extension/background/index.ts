/**
 * This module is the service worker: the sole owner of the database for content scripts, and the home of
 * the context menu and keyboard commands. It sends nothing over the network.
 */
import browser from 'webextension-polyfill';
import { backgroundRequests } from '../../src/messaging/protocol';
import { createRouter } from '../../src/messaging/router';
import { SourcemarkDb } from '../../src/store/db';
import { requestPersistentStorage } from '../../src/store/persistence';
import { listen } from '../shared/listen';
import { serveRequestPorts } from '../shared/request-port';
import type { PortLike } from '../shared/runtime-messaging';
import { warmEngineSoon } from './analysis';
import { registerBadge } from './badge';
import { registerCommands } from './commands';
import { backgroundHandlers } from './handlers';

const db = new SourcemarkDb();
// Where each site's articles were found is kept for the browsing session only (see article-layouts.ts).
const route = createRouter(backgroundRequests, backgroundHandlers(db, browser.storage.session));
listen(async (message, sender) => {
  const reply = await route(message, sender);
  // The page that woke the worker will ask for an analysis in a moment: have the engine compiled by then.
  warmEngineSoon();
  return reply;
});
// The content script's first analysis comes over a connection of its own (request-port.ts).
serveRequestPorts(
  browser.runtime.onConnect as unknown as { addListener(listener: (port: PortLike) => void): void },
  browser.runtime,
  route,
);
registerCommands();
registerBadge(db);
// Ask the browser not to evict the reader's annotations when space runs low.
void requestPersistentStorage();
