/**
 * This module describes what the hover card shows, independent of how it is drawn: a finding (who said
 * what, with the stance, the reader's note on the source and the reader's saved tags) or one of the
 * reader's own annotations. It also writes the "copy quote with attribution" text.
 */
import type { Annotation } from '../../src/model/annotation';
import { RATING_LABELS, type SourceNote } from '../../src/model/source-note';
import { cueWords, type Finding } from './findings';

export type CardSubject =
  | { readonly type: 'finding'; readonly finding: Finding; readonly total: number }
  | { readonly type: 'annotation'; readonly annotation: Annotation };

export interface CardModel {
  readonly subject: CardSubject;
  /** The reader's note on the finding's source, where there is one. */
  readonly sourceNote: SourceNote | null;
  /** The reader's saved annotation of this claim (its tags and note), where there is one. */
  readonly saved: Annotation | null;
}

export const QUOTE_PREVIEW = 220;

export function preview(text: string, max = QUOTE_PREVIEW): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function kindLabel(subject: CardSubject): string {
  if (subject.type === 'annotation') return 'Your annotation';
  return subject.finding.kind === 'denial' ? 'Denial' : 'Claim';
}

export function stanceLabel(finding: Finding): string {
  return finding.attribution.stance === 'deny' ? 'denies' : 'asserts';
}

const OPENING_MARKS = '“"‘\'«„‹';
const CLOSING_MARKS = '”"’\'»“›';

/** A claim without the quotation marks around it, when it is one direct quote ("“We found …”"). */
export function unquoted(claim: string): string {
  const text = claim.trim();
  const inner = text.slice(1, -1);
  const whole =
    text.length > 2 &&
    OPENING_MARKS.includes(text[0] ?? '') &&
    CLOSING_MARKS.includes(text[text.length - 1] ?? '') &&
    !/[“”"«»]/.test(inner);
  return whole ? inner.trim() : text;
}

export function ratingLabel(note: SourceNote): string {
  return RATING_LABELS[note.rating];
}

/** One line for the dialog's accessible name: "Finding 3 of 12: KCNA denies". */
export function accessibleTitle(model: CardModel): string {
  const { subject } = model;
  if (subject.type === 'annotation') return 'Sourcemark: your annotation';
  const { finding, total } = subject;
  return `Sourcemark, finding ${finding.index + 1} of ${total}: ${finding.sourceName} ${stanceLabel(finding)}`;
}

/** The text "Copy quote" puts on the clipboard: the quote, who said it, and where. */
export function quoteWithAttribution(model: CardModel, page: { title: string; url: string }): string {
  const where = `${page.title.trim() || page.url} <${page.url}>`;
  const { subject } = model;
  if (subject.type === 'annotation') return `“${subject.annotation.target.quote.exact.trim()}” — ${where}`;
  const { finding } = subject;
  const quote = unquoted(finding.claimText || finding.sourceText);
  const cue = cueWords(finding);
  const verb = cue ? ` (${cue})` : '';
  return `“${quote}” — ${finding.sourceName}${verb}, in ${where}`;
}
