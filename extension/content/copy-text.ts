/**
 * This module puts text on the clipboard from the content script: the asynchronous Clipboard API, and where
 * the page's permissions policy refuses it, the older copy command run on a text field inside Sourcemark's
 * own shadow root (never in the page's DOM).
 */
import { uiHost } from './ui-host';

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithCommand(text);
  }
}

function copyWithCommand(text: string): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('aria-hidden', 'true');
  field.style.cssText = 'position: fixed; opacity: 0; pointer-events: none;';
  const container = uiHost().part('clipboard', '');
  container.append(field);
  const previous = document.activeElement;
  try {
    field.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
    if (previous instanceof HTMLElement) previous.focus();
  }
}
