/**
 * This module is the content script that runs as a page starts loading (document_start): it only sends
 * the hello that wakes Sourcemark's service worker, so that the worker is running by the time the main
 * content script (document_idle) needs it. See early-settings.ts.
 */
import { askEarly } from './early-settings';

askEarly();
