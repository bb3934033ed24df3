/**
 * This module holds the valibot schemas that every record crossing a trust boundary (a message, an import
 * file) is checked against. Limits keep a hostile sender from storing megabytes in a tag.
 */
import * as v from 'valibot';
import { RELIABILITY_RATINGS } from './source-note';

export const LIMITS = {
  quote: 20_000,
  context: 200,
  note: 20_000,
  tag: 60,
  tags: 50,
  name: 300,
  aliases: 50,
  url: 4_000,
  evidence: 50,
  offset: 50_000_000,
  /** A remembered article container's CSS selector (src/article/article-memory.ts). */
  selector: 200,
} as const;

/** Marked free of side effects so that a bundle drops the schemas it does not use (the content script's). */
/* @__NO_SIDE_EFFECTS__ */
function boundedString(max: number) {
  return v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
}
const offset = v.pipe(
  v.number(),
  v.integer('is not a whole number'),
  v.minValue(0),
  v.maxValue(LIMITS.offset),
);
const timestamp = v.pipe(v.number(), v.integer(), v.minValue(0));

export const HttpUrlSchema = v.pipe(
  boundedString(LIMITS.url),
  v.url('is not a URL'),
  v.regex(/^https?:\/\//i, 'is not an http(s) URL'),
);

export const TagSchema = v.pipe(
  boundedString(LIMITS.tag),
  v.regex(/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u, 'is not a tag (letters, digits, - and _)'),
);
export const TagsSchema = v.pipe(
  v.array(TagSchema),
  v.maxLength(LIMITS.tags, `has more than ${LIMITS.tags} tags`),
);

export const TextQuoteSelectorSchema = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(boundedString(LIMITS.quote), v.minLength(1, 'is empty')),
  prefix: boundedString(LIMITS.context),
  suffix: boundedString(LIMITS.context),
});

export const TextPositionSelectorSchema = v.pipe(
  v.strictObject({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((p) => p.start <= p.end, 'start is after end'),
);

export const AnnotationTargetSchema = v.strictObject({
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
  astralBefore: v.optional(offset),
  textLength: v.optional(offset),
  paragraphCopies: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.offset))),
});

export const AnnotationKindSchema = v.picklist(['highlight', 'attribution', 'claim', 'denial']);
export const AnchorStatusSchema = v.picklist(['anchored', 'needs-review', 'orphan']);
export const StanceSchema = v.picklist(['assert', 'deny']);
export const IdSchema = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, 'is not an id'));

export const AnnotationSchema = v.strictObject({
  id: IdSchema,
  pageUrl: HttpUrlSchema,
  target: AnnotationTargetSchema,
  kind: AnnotationKindSchema,
  tags: TagsSchema,
  note: boundedString(LIMITS.note),
  sourceName: v.nullable(boundedString(LIMITS.name)),
  stance: v.nullable(StanceSchema),
  created: timestamp,
  updated: timestamp,
  anchor: AnchorStatusSchema,
});

/** What a content script or page sends to create an annotation: the store fills in id and times. */
export const AnnotationDraftSchema = v.strictObject({
  pageUrl: HttpUrlSchema,
  pageTitle: v.optional(boundedString(LIMITS.name * 4)),
  target: AnnotationTargetSchema,
  kind: AnnotationKindSchema,
  tags: TagsSchema,
  note: boundedString(LIMITS.note),
  sourceName: v.nullable(boundedString(LIMITS.name)),
  stance: v.nullable(StanceSchema),
});
export type AnnotationDraft = v.InferOutput<typeof AnnotationDraftSchema>;

export const AnnotationPatchSchema = v.strictObject({
  tags: v.optional(TagsSchema),
  note: v.optional(boundedString(LIMITS.note)),
  anchor: v.optional(AnchorStatusSchema),
  target: v.optional(AnnotationTargetSchema),
});
export type AnnotationPatch = v.InferOutput<typeof AnnotationPatchSchema>;

export const ReliabilityRatingSchema = v.picklist(RELIABILITY_RATINGS);

export const SourceNoteSchema = v.strictObject({
  id: IdSchema,
  name: v.pipe(boundedString(LIMITS.name), v.minLength(1, 'is empty')),
  aliases: v.pipe(v.array(boundedString(LIMITS.name)), v.maxLength(LIMITS.aliases)),
  domain: v.nullable(boundedString(253)),
  rating: ReliabilityRatingSchema,
  note: boundedString(LIMITS.note),
  evidence: v.pipe(v.array(HttpUrlSchema), v.maxLength(LIMITS.evidence)),
  updated: timestamp,
});

export const PageSchema = v.strictObject({
  url: HttpUrlSchema,
  title: boundedString(LIMITS.name * 4),
  // IPv6 hosts keep their brackets and colons.
  site: v.pipe(boundedString(253), v.regex(/^[a-z0-9.:[\]-]*$/i, 'is not a host name')),
  firstSeen: timestamp,
  lastSeen: timestamp,
});

export const SiteSettingsSchema = v.strictObject({
  site: v.pipe(boundedString(253), v.regex(/^[a-z0-9.-]*$/i, 'is not a host name')),
  autoHighlight: v.boolean(),
});

/** A readable one-line reason for a failed validation: "target.quote.exact: is empty". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
