/**
 * This module assembles attributions ("findings") sentence by sentence: cues first, then for each cue its
 * source, then the places where one content must stop so as not to run into the next attribution's tag,
 * then each content (a relative pronoun's antecedent when the pronoun is the object). Contents are then followed across sentences (quote-continuation.ts), nested
 * attributions are settled (nesting.ts) and each gets its stance and a confidence.
 */
import { tagAt, word, type Context } from './context';
import { findContent, type SentenceFrame } from './content-span';
import { findCues, type Cue } from './cues';
import { settleNesting } from './nesting';
import { continueQuotes } from './quote-continuation';
import { relativeObject } from './relative-object';
import { findSource, impersonalSubject, type Earlier, type Range } from './source-phrase';
import { stanceOf } from './stance';
import type { Stance } from '../model/attribution';
import { Tag } from './tags';

export interface Finding {
  readonly cue: Cue;
  readonly source: Range | null;
  content: Range[];
  stance: Stance;
  confidence: number;
  readonly sentence: number;
}

export function buildFindings(ctx: Context): Finding[] {
  const { sentences } = ctx;
  const cuesOf: Cue[][] = [];
  for (let s = 0; s < sentences.count; s++) {
    const cues: Cue[] = [];
    findCues(ctx, sentences.first[s] ?? 0, sentences.last[s] ?? 0, cues);
    cuesOf.push(cues);
  }
  const findings: Finding[] = [];
  for (let s = 0; s < sentences.count; s++) {
    const cues = cuesOf[s] ?? [];
    if (cues.length === 0) continue;
    const a = sentences.first[s] ?? 0;
    const b = sentences.last[s] ?? 0;
    const earlier: Earlier[] = [];
    for (const cue of cues) earlier.push({ cue, source: findSource(ctx, cue, a, b, earlier) });
    const frame: SentenceFrame = { a, b, stops: stopsOf(ctx, earlier, a) };
    for (const { cue, source } of earlier) {
      const content = findContent(ctx, cue, source, frame);
      const subject = cue.entry?.impersonal ? impersonalSubject(ctx, cue, a, b) : null;
      if (subject) content.unshift(subject);
      findings.push({
        cue,
        source,
        content,
        stance: 'assert',
        confidence: confidenceOf(cue, source),
        sentence: s,
      });
    }
  }
  continueQuotes(ctx, findings, cuesOf);
  // A participle or an infinitive that carries nothing said ("…, asking", "to tell") is no finding.
  const kept = settleNesting(ctx, findings).filter((f) => !nonFinite(f) || hasContent(f));
  for (const f of kept) {
    const object = relativeObject(ctx, f.cue, f.source, f.content, sentences.first[f.sentence] ?? 0);
    if (object) f.content = object;
    f.stance = stanceOf(ctx, f.cue, f.content, f.source);
  }
  return kept;
}

/** Subordinators that concede a point of one's own after a comma ("…, though she noted …"). */
const CONCESSIVE: ReadonlySet<string> = new Set(['though', 'although', 'while', 'whereas']);

/**
 * Where contents stop: before a tag that follows its content ("…, KCNA reported", "…, said Leff",
 * "…, according to …"), before a participle attribution ("…, adding that …"), before a verb
 * coordinated with an earlier one ("… and said …") and before a concession with its own source and cue
 * ("She said the bridge would open in May, though she noted the steel had arrived late").
 */
function stopsOf(ctx: Context, found: readonly Earlier[], a: number): number[] {
  const stops: number[] = [];
  for (const { cue, source } of found) {
    let blockStart = cue.first;
    const adjacent = source && source[1] <= cue.first && cue.first - source[1] <= 3;
    if (adjacent && cue.use !== 'participle' && cue.use !== 'infinitive') blockStart = source[0];
    const before = blockStart - 1;
    if (before < a) continue;
    const t = tagAt(ctx, before);
    if (t === Tag.Comma || t === Tag.Dash || t === Tag.Semi) stops.push(before);
    else if (t === Tag.Conj) stops.push(tagAt(ctx, before - 1) === Tag.Comma ? before - 1 : before);
    else if (CONCESSIVE.has(word(ctx, before)) && tagAt(ctx, before - 1) === Tag.Comma)
      stops.push(before - 1);
    else if (t === Tag.Quote) stops.push(blockStart);
  }
  return stops;
}

/** How sure the engine is: verbs of saying with a source are near certain; bare or weak cues less so. */
function confidenceOf(cue: Cue, source: Range | null): number {
  let c = 0.5;
  if (cue.kind === 'verb') c = cue.entry && cue.entry.strength === 2 ? 0.8 : 0.6;
  else if (cue.kind === 'according') c = 0.9;
  if (source) c += 0.1;
  return Math.min(1, c);
}

function hasContent(f: Finding): boolean {
  return f.content.some(([s, e]) => e > s);
}

function nonFinite(f: Finding): boolean {
  return f.cue.use === 'participle' || f.cue.use === 'infinitive';
}
