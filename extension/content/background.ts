/**
 * This module names what the content script needs from the service worker, so that page-view code takes it
 * as a parameter (tests hand in a fake) instead of importing the browser.
 */
import type { AskBackgroundFn } from '../shared/runtime-messaging';

export type AskBackground = AskBackgroundFn;
