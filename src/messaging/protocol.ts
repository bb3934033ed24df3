/**
 * This module is the typed map of every request between Sourcemark's contexts: one name per request, a
 * valibot schema for its `data`, the senders allowed to make it, and the reply type. Receivers validate
 * against it (see router.ts); senders get the types from it.
 */
import * as v from 'valibot';
import type { Annotation } from '../model/annotation';
import type { SourceNote } from '../model/source-note';
import {
  AnnotationDraftSchema,
  AnnotationPatchSchema,
  HttpUrlSchema,
  IdSchema,
  LIMITS,
} from '../model/schemas';
import type { PageSummary } from './page-summary';

/** Who sent a message, as the receiver establishes it from the browser's sender record. */
export type SenderKind = 'content-script' | 'extension-page';

const SiteSchema = v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9.-]*$/i, 'is not a host name'));
const NamesSchema = v.pipe(v.array(v.pipe(v.string(), v.maxLength(LIMITS.name))), v.maxLength(500));

/** Requests the service worker answers. */
export const backgroundRequests = {
  'annotations/list-for-page': {
    from: ['content-script', 'extension-page'],
    data: v.strictObject({ pageUrl: HttpUrlSchema }),
  },
  'annotations/create': { from: ['content-script', 'extension-page'], data: AnnotationDraftSchema },
  'annotations/update': {
    from: ['content-script', 'extension-page'],
    data: v.strictObject({ id: IdSchema, patch: AnnotationPatchSchema }),
  },
  'annotations/delete': {
    from: ['content-script', 'extension-page'],
    data: v.strictObject({ id: IdSchema }),
  },
  'sources/lookup': {
    from: ['content-script', 'extension-page'],
    data: v.strictObject({ names: NamesSchema }),
  },
  'settings/site': { from: ['content-script', 'extension-page'], data: v.strictObject({ site: SiteSchema }) },
  'settings/set-site': {
    from: ['extension-page'],
    data: v.strictObject({ site: SiteSchema, autoHighlight: v.boolean() }),
  },
} as const;

export interface BackgroundReplies {
  'annotations/list-for-page': Annotation[];
  'annotations/create': Annotation;
  'annotations/update': Annotation;
  'annotations/delete': null;
  'sources/lookup': SourceNote[];
  'settings/site': SiteSettings;
  'settings/set-site': SiteSettings;
}

export interface SiteSettings {
  readonly site: string;
  readonly autoHighlight: boolean;
}

/** Requests a content script answers, sent by the popup, dashboard or service worker to one tab. */
export const contentRequests = {
  'page/summary': { from: ['extension-page'], data: v.strictObject({}) },
  'page/analyze': { from: ['extension-page'], data: v.strictObject({}) },
  'page/set-highlights-visible': { from: ['extension-page'], data: v.strictObject({ visible: v.boolean() }) },
  'page/reveal': {
    from: ['extension-page'],
    data: v.strictObject({ annotationId: v.optional(IdSchema), findingIndex: v.optional(v.number()) }),
  },
  'page/annotations-changed': { from: ['extension-page'], data: v.strictObject({}) },
} as const;

export interface ContentReplies {
  'page/summary': PageSummary;
  'page/analyze': PageSummary;
  'page/set-highlights-visible': null;
  'page/reveal': boolean;
  'page/annotations-changed': null;
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
