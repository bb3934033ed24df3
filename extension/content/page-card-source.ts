/**
 * This module answers the card's questions from one page view: what is under the pointer, what to show
 * (the finding, the reader's note on its source, the reader's saved tags and note on its claim) and what
 * the card's actions do (tag, note, copy, step to the next finding).
 */
import type { Annotation } from '../../src/model/annotation';
import type { StandardTag } from '../../src/model/tag';
import type { CardSource } from './card-controller';
import type { CardModel, CardSubject } from './card-model';
import { quoteWithAttribution } from './card-model';
import { copyText } from './copy-text';
import type { Finding } from './findings';
import type { HitTester } from './hit-test';
import type { PageView } from './page-view';

export class PageCardSource implements CardSource {
  constructor(
    private readonly view: PageView,
    private readonly hits: HitTester,
  ) {}

  subjectAt(x: number, y: number): { subject: CardSubject; range: AbstractRange } | null {
    const ranges = this.hits.at(x, y);
    const findings = this.view.findings;
    let annotationHit: { subject: CardSubject; range: AbstractRange } | null = null;
    for (const range of ranges) {
      const finding = findings.find((f) => ownsRange(f, range));
      if (finding) return { subject: { type: 'finding', finding, total: findings.length }, range };
      const placed = this.view.annotations.at(range);
      if (placed && !annotationHit)
        annotationHit = { subject: { type: 'annotation', annotation: placed.annotation }, range };
    }
    return annotationHit;
  }

  model(subject: CardSubject): CardModel {
    if (subject.type === 'annotation') {
      const current = this.view.annotations.all.find((p) => p.annotation.id === subject.annotation.id);
      return { subject, sourceNote: null, saved: current?.annotation ?? subject.annotation };
    }
    return {
      subject,
      sourceNote: this.view.ratings.noteFor(subject.finding),
      saved: this.savedFor(subject.finding),
    };
  }

  async freshModel(subject: CardSubject): Promise<CardModel> {
    if (subject.type === 'finding') await this.view.ratings.lookup(subject.finding);
    await this.view.annotations.load();
    return this.model(subject);
  }

  rangeOf(subject: CardSubject): Range | null {
    if (subject.type === 'finding') return subject.finding.hull;
    return this.view.annotations.all.find((p) => p.annotation.id === subject.annotation.id)?.range ?? null;
  }

  async tag(subject: CardSubject, tag: StandardTag): Promise<void> {
    const saved = this.model(subject).saved;
    if (saved) {
      const tags = saved.tags.includes(tag) ? saved.tags.filter((t) => t !== tag) : [...saved.tags, tag];
      // A claim the reader un-tags and never wrote about is forgotten, as if never tagged.
      if (tags.length === 0 && !saved.note && subject.type === 'finding')
        return this.view.annotations.remove(saved.id);
      await this.view.annotations.update(saved.id, { tags });
      return;
    }
    if (subject.type === 'finding') await this.createFor(subject.finding, [tag], '');
  }

  async saveNote(subject: CardSubject, note: string): Promise<void> {
    const saved = this.model(subject).saved;
    if (saved) await this.view.annotations.update(saved.id, { note });
    else if (subject.type === 'finding' && note) await this.createFor(subject.finding, [], note);
  }

  copy(subject: CardSubject): Promise<boolean> {
    const text = quoteWithAttribution(this.model(subject), { title: document.title, url: this.view.url });
    return copyText(text);
  }

  step(from: CardSubject | null, step: 1 | -1): void {
    this.view.step(from?.type === 'finding' ? from.finding : null, step);
  }

  highlightsShown(): boolean {
    return this.view.highlighter.visible;
  }

  closed(): void {
    this.view.highlighter.clear('focus');
  }

  private savedFor(finding: Finding): Annotation | null {
    const range = finding.claimRange;
    if (!range) return null;
    return this.view.annotations.overlapping(range)[0]?.annotation ?? null;
  }

  private async createFor(finding: Finding, tags: string[], note: string): Promise<void> {
    const range = finding.claimRange;
    if (!range) return;
    await this.view.annotations.create(
      range,
      { tags, note },
      { kind: finding.kind, sourceName: finding.sourceName, stance: finding.attribution.stance },
    );
  }
}

function ownsRange(finding: Finding, range: AbstractRange): boolean {
  const { source, cue, content } = finding.ranges;
  return source.includes(range as Range) || cue.includes(range as Range) || content.includes(range as Range);
}
