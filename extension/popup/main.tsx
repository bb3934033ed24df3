/** This module starts the popup: it finds the tab it speaks for and renders the app. */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { SourcemarkDb } from '../../src/store/db';
import { PopupApp } from './PopupApp';

/** The tab the popup is about: `?tab=ID` when opened for a given tab, else the active tab. */
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const app = document.getElementById('app');
if (app) render(<PopupApp db={new SourcemarkDb()} tabId={targetTabId()} />, app);
