/**
 * This module opens and closes the card: on pointing at a highlight (after a short rest, so a pointer
 * passing by opens nothing), pinned by a click, or by the keyboard ("next finding"); Esc closes it and
 * gives the focus back. The page view supplies what is under a point and what the card shows; the card
 * itself lives in Sourcemark's shadow root.
 */
import { render } from 'preact';
import type { StandardTag } from '../../src/model/tag';
import { CARD_STYLES } from './card-styles';
import type { CardModel, CardSubject } from './card-model';
import { FindingCard } from './FindingCard';
import { existingUiHost, uiHost } from './ui-host';
import { messageOf } from '../../src/messaging/result';

/** What the card needs from the page view. */
export interface CardSource {
  /** The finding or annotation under a viewport point, with the range that was hit. */
  subjectAt(x: number, y: number): { subject: CardSubject; range: AbstractRange } | null;
  /** The card's content from what is known now… */
  model(subject: CardSubject): CardModel;
  /** …and from a fresh look at the reader's notes (they may have changed in another tab). */
  freshModel(subject: CardSubject): Promise<CardModel>;
  /** The range to place the card by, when not opened from a point. */
  rangeOf(subject: CardSubject): Range | null;
  tag(subject: CardSubject, tag: StandardTag): Promise<void>;
  saveNote(subject: CardSubject, note: string): Promise<void>;
  copy(subject: CardSubject): Promise<boolean>;
  /** Moves to the next or previous finding from `from` (or from the reading position). */
  step(from: CardSubject | null, step: 1 | -1): void;
  highlightsShown(): boolean;
  /** The card was closed (the page view drops its keyboard focus mark). */
  closed(): void;
}

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 350;

interface Open {
  readonly subject: CardSubject;
  readonly range: AbstractRange | null;
  readonly pinned: boolean;
  readonly focus: boolean;
  readonly at: { x: number; y: number } | null;
  model: CardModel;
  status: string;
}

export class CardController {
  private open: Open | null = null;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: CardSubject | null = null;
  private frame = 0;
  private pointer = { x: 0, y: 0 };
  private returnFocus: HTMLElement | null = null;

  constructor(private readonly source: CardSource) {}

  /** Follows the pointer, clicks and keys on the page until `signal` aborts (then the card closes). */
  listen(signal: AbortSignal): void {
    const options = { passive: true, signal } as const;
    document.addEventListener('pointermove', (e) => this.onPointerMove(e), options);
    document.addEventListener('click', (e) => this.onClick(e), { signal });
    document.addEventListener('keydown', (e) => this.onKeyDown(e), { capture: true, signal });
    window.addEventListener('scroll', () => this.onScroll(), options);
    window.addEventListener('resize', () => this.reposition(), options);
    signal.addEventListener('abort', () => this.close(false), { once: true });
  }

  get current(): CardSubject | null {
    return this.open?.subject ?? null;
  }

  /** Opens the card on a subject, e.g. from the keyboard; `focus` moves the keyboard focus into it. */
  show(
    subject: CardSubject,
    options: { pinned: boolean; focus: boolean; range?: AbstractRange | null },
  ): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    if (options.focus && !this.open?.focus) {
      const active = document.activeElement;
      this.returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
    }
    this.open = {
      subject,
      range: options.range ?? null,
      pinned: options.pinned,
      focus: options.focus,
      at: options.range ? { ...this.pointer } : null,
      model: this.source.model(subject),
      status: '',
    };
    this.draw();
    void this.source.freshModel(subject).then(
      (model) => this.update(subject, { model }),
      () => {},
    );
  }

  close(restoreFocus = true): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    const hadFocus = this.open?.focus ?? false;
    const wasOpen = this.open !== null;
    this.open = null;
    this.pending = null;
    this.draw();
    if (restoreFocus && hadFocus) this.returnFocus?.focus();
    this.returnFocus = null;
    if (wasOpen) this.source.closed();
  }

  /** Re-reads the card's content (after the page's findings or the reader's annotations changed). */
  refresh(): void {
    const open = this.open;
    if (open) this.update(open.subject, { model: this.source.model(open.subject) });
  }

  private update(subject: CardSubject, patch: Partial<Pick<Open, 'model' | 'status'>>): void {
    if (!this.open || this.open.subject !== subject) return;
    Object.assign(this.open, patch);
    this.draw();
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    this.pointer = { x: event.clientX, y: event.clientY };
    if (event.target instanceof Node && existingUiHost()?.contains(event.target)) {
      clearTimeout(this.closeTimer);
      return;
    }
    if (!this.frame) this.frame = requestAnimationFrame(() => this.checkPointer());
  }

  private checkPointer(): void {
    this.frame = 0;
    if (!this.source.highlightsShown()) return;
    const hit = this.source.subjectAt(this.pointer.x, this.pointer.y);
    const open = this.open;
    if (hit && open && sameSubject(hit.subject, open.subject)) {
      clearTimeout(this.closeTimer);
      return;
    }
    if (open?.pinned) return;
    if (!hit) {
      clearTimeout(this.openTimer);
      this.pending = null;
      if (open) this.closeTimer = setTimeout(() => this.close(), HOVER_CLOSE_MS);
      return;
    }
    if (this.pending && sameSubject(this.pending, hit.subject)) return;
    this.pending = hit.subject;
    clearTimeout(this.openTimer);
    this.openTimer = setTimeout(() => {
      this.pending = null;
      this.show(hit.subject, { pinned: false, focus: false, range: hit.range });
    }, HOVER_OPEN_MS);
  }

  private onClick(event: MouseEvent): void {
    if (event.target instanceof Node && existingUiHost()?.contains(event.target)) return;
    // A click that ends a selection is the reader selecting text, not asking for a card.
    if (!(document.getSelection()?.isCollapsed ?? true)) return;
    const hit = this.source.highlightsShown() ? this.source.subjectAt(event.clientX, event.clientY) : null;
    if (hit) {
      this.pointer = { x: event.clientX, y: event.clientY };
      this.show(hit.subject, { pinned: true, focus: false, range: hit.range });
    } else if (this.open) this.close();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) this.close();
  }

  private onScroll(): void {
    if (!this.open) return;
    if (!this.open.pinned) this.close();
    else this.reposition();
  }

  private reposition(): void {
    if (this.open) this.draw();
  }

  private anchorOf(open: Open): { left: number; top: number; bottom: number } {
    const range = open.range instanceof Range ? open.range : this.source.rangeOf(open.subject);
    const rects = range ? [...range.getClientRects()] : [];
    const at = open.at;
    const line = (at && rects.find((r) => at.y >= r.top && at.y <= r.bottom)) ?? rects[0];
    if (!line) return { left: 16, top: 16, bottom: 16 };
    return { left: line.left, top: line.top, bottom: line.bottom };
  }

  private draw(): void {
    const open = this.open;
    if (!open) {
      const host = existingUiHost();
      if (host) render(null, host.part('card', CARD_STYLES));
      return;
    }
    const container = uiHost().part('card', CARD_STYLES);
    const { subject } = open;
    render(
      <FindingCard
        model={open.model}
        anchor={this.anchorOf(open)}
        focus={open.focus}
        status={open.status}
        onClose={() => this.close()}
        onStep={(step) => this.source.step(subject, step)}
        onTag={(tag) => void this.act(subject, () => this.source.tag(subject, tag), '')}
        onSaveNote={(note) => void this.act(subject, () => this.source.saveNote(subject, note), 'Note saved')}
        onCopy={() =>
          void this.source
            .copy(subject)
            .then((copied) =>
              this.update(subject, { status: copied ? 'Quote copied with attribution' : 'Could not copy' }),
            )
        }
      />,
      container,
    );
  }

  private async act(subject: CardSubject, action: () => Promise<void>, done: string): Promise<void> {
    try {
      await action();
      this.update(subject, { model: this.source.model(subject), status: done });
    } catch (error) {
      this.update(subject, {
        status: `Not saved: ${messageOf(error)}`,
      });
    }
  }
}

export function sameSubject(a: CardSubject, b: CardSubject): boolean {
  if (a.type === 'finding' && b.type === 'finding') return a.finding === b.finding;
  if (a.type === 'annotation' && b.type === 'annotation') return a.annotation.id === b.annotation.id;
  return false;
}
