/**
 * This module writes annotations as Markdown for note-taking apps: a section per page (title linked to
 * the page), each quote as a block quote followed by its note, tags (as #hashtags) and source. All text
 * is escaped: Markdown renderers render inline HTML, so a note holding a <script> must come out as text.
 */
import type { Annotation } from '../model/annotation';
import type { Page } from '../model/page';
import type { Snapshot } from '../store/snapshot';
import { sortedForReading } from './reading-order';

/** Text that renders as itself: HTML and Markdown's inline markup are escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}()#+!|~])/g, '\\$1')
    .replace(/^(\s*)(-|\d+\.)(\s)/gm, '$1\\$2$3');
}

/** A link destination that cannot break out of its angle brackets. */
function destination(url: string): string {
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

function lines(text: string, prefix = ''): string {
  return text
    .split(/\r?\n/)
    .map((line) => `${prefix}${escapeMarkdown(line)}`.trimEnd())
    .join('  \n');
}

const KIND_LABELS: Record<Annotation['kind'], string> = {
  highlight: 'highlight',
  claim: 'claim',
  denial: 'denial',
  attribution: 'attribution',
};

function day(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function annotationBlock(a: Annotation): string {
  const parts = [
    a.target.quote.exact
      .split(/\r?\n/)
      .map((line) => `> ${escapeMarkdown(line)}`.trimEnd())
      .join('\n'),
  ];
  if (a.note) parts.push(`**Note:** ${lines(a.note)}`);
  const facts: string[] = [];
  if (a.sourceName) facts.push(`Source: ${escapeMarkdown(a.sourceName)} (${KIND_LABELS[a.kind]})`);
  else if (a.kind !== 'highlight') facts.push(KIND_LABELS[a.kind]);
  if (a.tags.length > 0) facts.push(`Tags: ${a.tags.map((tag) => `#${escapeMarkdown(tag)}`).join(' ')}`);
  if (a.anchor !== 'anchored') facts.push(a.anchor === 'orphan' ? 'not found on the page' : 'needs review');
  facts.push(day(a.updated));
  parts.push(facts.join(' · '));
  return parts.join('\n\n');
}

export interface MarkdownOptions {
  /** When the export was made (ms). */
  readonly exportedAt?: number;
}

export function toMarkdown(snapshot: Snapshot, options: MarkdownOptions = {}): string {
  const pages = new Map<string, Page>(snapshot.pages.map((page) => [page.url, page]));
  const byPage = new Map<string, Annotation[]>();
  for (const a of sortedForReading(snapshot.annotations))
    byPage.set(a.pageUrl, [...(byPage.get(a.pageUrl) ?? []), a]);
  const out = ['# Sourcemark annotations', ''];
  const count = snapshot.annotations.length;
  const stamp = options.exportedAt !== undefined ? `Exported ${day(options.exportedAt)} · ` : '';
  out.push(
    `${stamp}${count} annotation${count === 1 ? '' : 's'} on ${byPage.size} page${byPage.size === 1 ? '' : 's'}`,
    '',
  );
  for (const [url, annotations] of byPage) {
    const page = pages.get(url);
    const title = page?.title || url;
    out.push(`## [${escapeMarkdown(title)}](${destination(url)})`, '');
    if (page)
      out.push(
        `${escapeMarkdown(page.site)} · first seen ${day(page.firstSeen)} · last seen ${day(page.lastSeen)}`,
        '',
      );
    for (const a of annotations) out.push(annotationBlock(a), '');
  }
  return out.join('\n');
}
