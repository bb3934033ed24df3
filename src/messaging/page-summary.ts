/** This module defines what a content script tells the popup about its page. */
import type { Annotation } from '../model/annotation';
import type { SourceKind, Stance } from '../model/attribution';

export interface FindingSummary {
  readonly index: number;
  readonly sourceName: string;
  readonly sourceKind: SourceKind;
  readonly cue: string;
  readonly claim: string;
  readonly stance: Stance;
}

export interface PageSummary {
  readonly url: string;
  readonly title: string;
  readonly site: string;
  /** Whether the page looks like an article (only articles are analyzed automatically). */
  readonly isArticle: boolean;
  readonly analyzed: boolean;
  readonly highlightsVisible: boolean;
  readonly counts: { readonly attributions: number; readonly claims: number; readonly denials: number };
  readonly findings: readonly FindingSummary[];
  readonly annotations: readonly Annotation[];
}
