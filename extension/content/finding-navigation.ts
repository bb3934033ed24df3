/**
 * This module moves through the findings in reading order: from the finding the card shows, or, when no
 * card is open, from where the reader is on the page (the first finding at or below the top of the window
 * going forward, the last one above it going back). It wraps around at either end.
 */
import type { Finding } from './findings';

export function stepFrom(
  findings: readonly Finding[],
  current: Finding | null,
  step: 1 | -1,
  topOf: (finding: Finding) => number = viewportTop,
): Finding | null {
  if (findings.length === 0) return null;
  if (current) {
    const at = findings.indexOf(current);
    if (at >= 0) return findings[(at + step + findings.length) % findings.length] ?? null;
  }
  if (step === 1) return findings.find((f) => topOf(f) >= 0) ?? findings[0] ?? null;
  const above = findings.filter((f) => topOf(f) < 0);
  return above[above.length - 1] ?? findings[findings.length - 1] ?? null;
}

function viewportTop(finding: Finding): number {
  return finding.hull?.getBoundingClientRect().top ?? Number.POSITIVE_INFINITY;
}

/** Scrolls a range into view unless it is already well inside the window. */
export function bringIntoView(range: Range, behavior: ScrollBehavior = 'instant'): void {
  const rect = range.getBoundingClientRect();
  const margin = 80;
  if (rect.top >= margin && rect.bottom <= window.innerHeight - margin) return;
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', behavior });
}
