/**
 * This module holds the site's setting for the page the main content script started on. It is the entry
 * point's second import, so that, should the early content script not have asked already, the request
 * leaves before the rest of the script is evaluated (see early-settings.ts).
 */
import { startSettings } from './early-settings';

export const settingsAtStart = startSettings();
