/**
 * This module is the content script's entry point: it marks its start on the page's timeline, starts
 * Sourcemark on the page (automatic highlighting on articles unless the reader turned it off for the site),
 * and answers the popup and the service worker. Nothing leaves the browser: the article's text is analyzed
 * by the extension's service worker (see engines.ts for why not here), saved data goes to the extension's
 * own database. No error is thrown into the page: failures are reported as a warning with Sourcemark's name.
 */
import './start-mark';
import { settingsAtStart } from './start-settings';
import { contentRequests } from '../../src/messaging/protocol';
import { createRouter } from '../../src/messaging/router';
import { requestPort } from '../shared/request-port';
import { askBackgroundVia, listenVia, nativeRuntime } from '../shared/runtime-messaging';
import { closeEarlyPort, startRequestPort } from './early-settings';
import { workerEngine } from './engines';
import { canHighlight } from './highlighter';
import { isAbort } from './idle';
import { isLaidOut, whenLaidOut } from './laid-out';
import { Session } from './session';
import { MARKS, mark, markLaidOut } from './timing';

function report(error: unknown): void {
  if (isAbort(error)) return;
  console.warn('Sourcemark:', error instanceof Error ? error.message : error);
}

function start(): void {
  mark(MARKS.ready);
  const runtime = nativeRuntime();
  if (!runtime || !canHighlight() || !document.body || !(document.documentElement instanceof HTMLElement)) {
    // Nothing to do here: the connection the early script opened would keep the worker busy for nothing.
    closeEarlyPort();
    return;
  }
  const askBackground = askBackgroundVia(runtime);
  // The first page view's analysis goes over the connection opened as the page started loading; it is
  // closed once that page view has started, and later requests go through sendMessage.
  const port = startRequestPort(runtime);
  const firstRequests = port ? requestPort(port, askBackground) : null;
  const session = new Session(askBackground, workerEngine(firstRequests?.ask ?? askBackground), report);
  listenVia(runtime, createRouter(contentRequests, session.handlers()));
  // Where the page is laid out with its style sheets already (nearly always in Chromium), the session
  // starts in this very task.
  const started = isLaidOut(document)
    ? session.start(settingsAtStart)
    : whenLaidOut(document).then(() => {
        markLaidOut();
        return session.start(settingsAtStart);
      });
  started.catch(report).finally(() => firstRequests?.close());
}

start();
