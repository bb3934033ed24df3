/**
 * This module brings the reader's notes on sources into the page: for the sources the findings cite, it
 * asks the service worker for notes by name or alias, paints a small marker on each rated source (one
 * highlight layer per rating, so the page's DOM stays untouched) and gives the card the note to show.
 */
import { RELIABILITY_RATINGS, sourceKey, type SourceNote } from '../../src/model/source-note';
import type { AskBackground } from './background';
import type { Finding } from './findings';
import { ratingLayer, type Highlighter } from './highlighter';

/** The names a finding's source goes by: its display name, and its words on the page when they differ. */
function namesOf(finding: Finding): string[] {
  return [finding.attribution.sourceName, finding.sourceText].filter((name) => name.trim() !== '');
}

export class SourceRatings {
  private readonly byKey = new Map<string, SourceNote>();

  constructor(
    private readonly highlighter: Highlighter,
    private readonly ask: AskBackground,
  ) {}

  /** Looks up the notes on the findings' sources and paints their markers. */
  async refresh(findings: readonly Finding[]): Promise<void> {
    const names = [...new Set(findings.flatMap(namesOf))].slice(0, 500);
    const notes = names.length ? await this.ask('sources/lookup', { names }) : [];
    this.byKey.clear();
    for (const note of notes) this.remember(note);
    this.paint(findings);
  }

  /** The reader's note on a finding's source, as last looked up. */
  noteFor(finding: Finding): SourceNote | null {
    for (const name of namesOf(finding)) {
      const note = this.byKey.get(sourceKey(name));
      if (note) return note;
    }
    return null;
  }

  /** Asks again for one finding's source (the reader may have rated it since the page loaded). */
  async lookup(finding: Finding): Promise<SourceNote | null> {
    const names = namesOf(finding);
    if (names.length === 0) return null;
    const [note] = await this.ask('sources/lookup', { names });
    if (note) this.remember(note);
    return note ?? null;
  }

  private remember(note: SourceNote): void {
    for (const name of [note.name, ...note.aliases]) {
      const key = sourceKey(name);
      if (key) this.byKey.set(key, note);
    }
  }

  private paint(findings: readonly Finding[]): void {
    const byRating = new Map<string, Range[]>();
    for (const finding of findings) {
      const note = this.noteFor(finding);
      if (!note) continue;
      byRating.set(note.rating, [...(byRating.get(note.rating) ?? []), ...finding.ranges.source]);
    }
    for (const rating of RELIABILITY_RATINGS)
      this.highlighter.set(ratingLayer(rating), byRating.get(rating) ?? []);
  }
}
