/**
 * This module is the typed map of every request between Sourcemark's contexts: one name per request, a
 * valibot schema for its `data`, the senders allowed to make it, and the reply type. Receivers validate
 * against it (see router.ts); senders get the types from it.
 */
import * as v from 'valibot';
import type { ArticleLayout } from '../article/article-layout';
import type { Annotation } from '../model/annotation';
import type { Attribution } from '../model/attribution';
import type { SourceNote } from '../model/source-note';
import {
  AnnotationDraftSchema,
  AnnotationPatchSchema,
  HttpUrlSchema,
  IdSchema,
  LIMITS,
} from '../model/schemas';
import type { PageSummary } from './page-summary';

/**
 * Who sent a message, as the receiver establishes it from the browser's sender record: a content script in
 * a web page, or one of the extension's own contexts (popup, dashboard, service worker).
 */
export type SenderKind = 'content-script' | 'extension';

const SiteSchema = v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9.-]*$/i, 'is not a host name'));

/** Requests the service worker answers. */
export const backgroundRequests = {
  'annotations/list-for-page': {
    from: ['content-script', 'extension'],
    data: v.strictObject({ pageUrl: HttpUrlSchema }),
  },
  'annotations/create': { from: ['content-script', 'extension'], data: AnnotationDraftSchema },
  'annotations/update': {
    from: ['content-script', 'extension'],
    data: v.strictObject({ id: IdSchema, patch: AnnotationPatchSchema }),
  },
  'annotations/delete': {
    from: ['content-script', 'extension'],
    data: v.strictObject({ id: IdSchema }),
  },
  'settings/site': { from: ['content-script', 'extension'], data: v.strictObject({ site: SiteSchema }) },
  /**
   * Where the article was on this page (a selector, and whether the article is searched for inside it:
   * see src/article/article-memory.ts), for the next article from the same site; a null selector forgets
   * it. The site is the sender's own.
   */
  'settings/remember-article': {
    from: ['content-script'],
    data: v.strictObject({
      selector: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.selector))),
      searchInside: v.optional(v.boolean()),
    }),
  },
  'settings/set-site': {
    from: ['extension'],
    data: v.strictObject({ site: SiteSchema, autoHighlight: v.boolean() }),
  },
  /** The reader's notes on the sources a page cites, by name or alias (for the in-page card and markers). */
  'sources/lookup': {
    from: ['content-script', 'extension'],
    data: v.strictObject({
      names: v.pipe(v.array(v.pipe(v.string(), v.maxLength(LIMITS.name))), v.maxLength(500)),
    }),
  },
  /** Analyze paragraph batches of a page's article with the engine, in the service worker. */
  'analysis/run': {
    from: ['content-script'],
    data: v.strictObject({
      texts: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200_000))), v.maxLength(64)),
    }),
  },
  /** Repaint the toolbar badges: an extension page changed a rating. */
  'badge/refresh': { from: ['extension'], data: v.strictObject({}) },
} as const;

export interface BackgroundReplies {
  'annotations/list-for-page': Annotation[];
  'annotations/create': Annotation;
  'annotations/update': Annotation;
  'annotations/delete': null;
  'settings/site': PageSettings;
  'settings/remember-article': null;
  'settings/set-site': SiteSettings;
  'sources/lookup': SourceNote[];
  'analysis/run': { attributions: Attribution[][]; engineMs: number };
  'badge/refresh': null;
}

export interface SiteSettings {
  readonly site: string;
  readonly autoHighlight: boolean;
}

/** What a page of the site starts with: the reader's setting, and where the site's last article was. */
export interface PageSettings extends SiteSettings {
  /** Only for the site's own content script, and only for this browsing session; null when not known. */
  readonly articleLayout: ArticleLayout | null;
}

/** Requests a content script answers, sent by the popup, dashboard or service worker to one tab. */
export const contentRequests = {
  'page/location': { from: ['extension'], data: v.strictObject({}) },
  'page/summary': { from: ['extension'], data: v.strictObject({}) },
  'page/analyze': { from: ['extension'], data: v.strictObject({}) },
  'page/set-highlights-visible': { from: ['extension'], data: v.strictObject({ visible: v.boolean() }) },
  'page/reveal': {
    from: ['extension'],
    data: v.strictObject({ annotationId: v.optional(IdSchema), findingIndex: v.optional(v.number()) }),
  },
  'page/annotations-changed': { from: ['extension'], data: v.strictObject({}) },
  'page/toggle-highlights': { from: ['extension'], data: v.strictObject({}) },
  'page/next-finding': { from: ['extension'], data: v.strictObject({ step: v.picklist([1, -1]) }) },
  'page/annotate-selection': { from: ['extension'], data: v.strictObject({}) },
} as const;

export interface ContentReplies {
  /** The tab's address as the browser shows it (the extension has no `tabs` permission to read it). */
  'page/location': string;
  'page/summary': PageSummary;
  'page/analyze': PageSummary;
  'page/set-highlights-visible': null;
  'page/reveal': boolean;
  'page/annotations-changed': null;
  'page/toggle-highlights': boolean;
  'page/next-finding': boolean;
  'page/annotate-selection': boolean;
}

export interface RequestSpec {
  readonly from: readonly SenderKind[];
  readonly data: v.GenericSchema;
}

export type BackgroundRequestName = keyof typeof backgroundRequests;
export type ContentRequestName = keyof typeof contentRequests;

export type RequestData<Map extends Record<string, RequestSpec>, K extends keyof Map> = v.InferOutput<
  Map[K]['data']
>;

/** The envelope every message travels in. */
export interface Envelope<Name extends string = string> {
  readonly name: Name;
  readonly data: unknown;
}
