/**
 * This module turns an analysis into what a reader would say about it — "who", "cue", "what", "stance" as
 * strings — so that the specification tests can be written in plain English sentences.
 */
import { analyze } from '../../../src/analysis/index';
import type { Attribution } from '../../../src/model/attribution';
import type { Span } from '../../../src/model/span';

export interface Read {
  readonly who: string;
  readonly cue: string;
  readonly what: string;
  readonly stance: Attribution['stance'];
  readonly name: string;
  readonly kind: Attribution['sourceKind'];
}

function join(text: string, spans: readonly Span[]): string {
  return spans
    .map(([s, e]) => text.slice(s, e))
    .join(' … ')
    .replace(/\s+/g, ' ');
}

/** Every attribution of the text, read out as strings. */
export function read(text: string): Read[] {
  return analyze(text).attributions.map((a) => ({
    who: join(text, a.source),
    cue: join(text, a.cue),
    what: join(text, a.content),
    stance: a.stance,
    name: a.sourceName,
    kind: a.sourceKind,
  }));
}

/** The one attribution of a text that has exactly one (fails the test otherwise). */
export function only(text: string): Read {
  const found = read(text);
  if (found.length !== 1) {
    throw new Error(`expected one attribution, found ${found.length}: ${JSON.stringify(found, null, 2)}`);
  }
  const [first] = found;
  if (!first) throw new Error('unreachable');
  return first;
}

/** The cues found in a text, in reading order. */
export function cues(text: string): string[] {
  return read(text).map((r) => r.cue);
}
