/**
 * This module is the dashboard's own full-text index, in memory beside the catalog: the same words as the
 * store's search index (`indexTerms` of quote, note and source name) and the same matching (every query
 * word begins a word of the annotation), but answered without a round trip to IndexedDB, so that a word
 * found in a quarter of 100,000 annotations ("said") costs a few milliseconds, not a second. It is built
 * in slices after the catalog loads (the store's index answers meanwhile) and then kept current edit by edit.
 */
import type { Annotation } from '../../../src/model/annotation';
import { indexTerms, queryTerms } from '../../../src/store/search-terms';

/** Annotations indexed per slice before the page gets the main thread back. */
const SLICE = 2_000;

/** What `indexTerms` makes of one ASCII word (null: not indexed), remembered: words repeat a lot. */
const wordTerms = new Map<string, string | null>();
const NOT_ASCII = /[\u0080-\uffff]/;

/**
 * The terms of some texts, exactly as `indexTerms` gives them. For ASCII text (most of it) the words are
 * split here and each distinct word asks `indexTerms` once: the Unicode normalization it needs for other
 * text is what makes indexing 100,000 annotations slow.
 */
export function termsOfTexts(texts: readonly (string | null)[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    if (NOT_ASCII.test(text)) {
      for (const term of indexTerms([text])) terms.add(term);
      continue;
    }
    for (const word of text.toLowerCase().split(/[^a-z0-9]+/)) {
      if (!word) continue;
      let term = wordTerms.get(word);
      if (term === undefined) {
        term = indexTerms([word])[0] ?? null;
        wordTerms.set(word, term);
      }
      if (term !== null) terms.add(term);
    }
  }
  return [...terms];
}

const termsOf = (a: Annotation) => termsOfTexts([a.target.quote.exact, a.note, a.sourceName]);

/** The first index in sorted `list` whose value is not below `value`. */
function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class TextIndex {
  /** term → ordinals of the annotations having it (an ordinal per id, for compact lists). */
  private readonly postings = new Map<string, number[]>();
  private readonly ordinals = new Map<string, number>();
  private readonly ids: string[] = [];
  private vocabulary: string[] = [];
  private vocabularyStale = false;
  /** Ids whose current version is in the index. */
  private readonly indexed = new Set<string>();
  ready = false;

  has(id: string): boolean {
    return this.indexed.has(id);
  }

  private ordinalOf(id: string): number {
    let ordinal = this.ordinals.get(id);
    if (ordinal === undefined) {
      ordinal = this.ids.length;
      this.ids.push(id);
      this.ordinals.set(id, ordinal);
    }
    return ordinal;
  }

  /** Indexes `annotation`, which replaces `previous` (the version indexed before, if any). */
  put(annotation: Annotation, previous?: Annotation): void {
    if (previous) this.remove(previous);
    if (this.indexed.has(annotation.id)) return;
    this.indexed.add(annotation.id);
    const ordinal = this.ordinalOf(annotation.id);
    for (const term of termsOf(annotation)) {
      const list = this.postings.get(term);
      if (list) list.push(ordinal);
      else {
        this.postings.set(term, [ordinal]);
        this.vocabularyStale = true;
      }
    }
  }

  remove(annotation: Annotation): void {
    const ordinal = this.ordinals.get(annotation.id);
    if (ordinal === undefined || !this.indexed.delete(annotation.id)) return;
    for (const term of termsOf(annotation)) {
      const list = this.postings.get(term);
      const at = list ? list.lastIndexOf(ordinal) : -1;
      if (list && at >= 0) list.splice(at, 1);
    }
  }

  /**
   * Indexes the annotations of `ids` a slice at a time, yielding between slices; then the index is ready.
   * `current` gives each id's version at the time its slice runs (edits may come in between).
   */
  async build(
    ids: readonly string[],
    current: (id: string) => Annotation | undefined,
    stopped: () => boolean = () => false,
  ): Promise<void> {
    for (let from = 0; from < ids.length; from += SLICE) {
      if (stopped()) return;
      for (const id of ids.slice(from, from + SLICE)) {
        const annotation = current(id);
        if (annotation && !this.indexed.has(id)) this.put(annotation);
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    this.ready = true;
  }

  /** The ordinals having a word that begins with `term`. */
  private matches(term: string): Set<number> {
    if (this.vocabularyStale) {
      this.vocabulary = [...this.postings.keys()].sort();
      this.vocabularyStale = false;
    }
    const found = new Set<number>();
    for (let i = lowerBound(this.vocabulary, term); i < this.vocabulary.length; i++) {
      const word = this.vocabulary[i] as string;
      if (!word.startsWith(term)) break;
      for (const ordinal of this.postings.get(word) ?? []) found.add(ordinal);
    }
    return found;
  }

  /** The ids matching every searched word of `query` (null when no word is searched), and the words left out. */
  search(query: string): { ids: ReadonlySet<string> | null; ignored: readonly string[] } {
    const { terms, ignored } = queryTerms(query);
    if (terms.length === 0) return { ids: null, ignored };
    const sets = terms.map((term) => this.matches(term)).sort((a, b) => a.size - b.size);
    const [smallest, ...others] = sets;
    const ids = new Set<string>();
    for (const ordinal of smallest ?? []) {
      if (others.every((set) => set.has(ordinal))) ids.add(this.ids[ordinal] as string);
    }
    return { ids, ignored };
  }
}
