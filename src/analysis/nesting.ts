/**
 * This module settles attributions found inside other attributions. A cue inside someone else's source
 * ("The officials, who were not allowed to comment, said") or inside a direct quote ("“I think …,” he
 * said") is part of that attribution, not a new one. Reported speech inside reported speech ("KCNA
 * reported that Kim said …", "Barkley, who said he votes Democratic, said …") is kept as two attributions
 * when the inner one is a verb of saying with its own source, because the reader wants both who reported
 * and who said; inside a source, the inner content ends with the source.
 */
import type { Context } from './context';
import type { Finding } from './findings';
import { Tag } from './tags';
import type { Range } from './source-phrase';

/** Attributions further apart than this many sentences are not compared. */
const WINDOW = 12;

function inside(ranges: readonly Range[], i: number): boolean {
  for (const [s, e] of ranges) if (i >= s && i < e) return true;
  return false;
}

function relativeBefore(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.tag[k];
    if (t === Tag.Rel || t === Tag.That) return true;
  }
  return false;
}

/** Whether each finding's cue sits in a relative clause of another finding's source (it is part of it). */
function inSourceClauses(ctx: Context, findings: readonly Finding[]): Uint8Array {
  const part = new Uint8Array(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const head = findings[i]?.cue.head ?? -1;
    for (let j = Math.max(0, i - WINDOW * 4); j < Math.min(findings.length, i + WINDOW * 4); j++) {
      const source = findings[j]?.source;
      if (j === i || !source || head < source[0] || head >= source[1]) continue;
      if (relativeBefore(ctx, source[0], head)) part[i] = 1;
    }
  }
  return part;
}

export function settleNesting(ctx: Context, findings: readonly Finding[]): Finding[] {
  const drop = new Uint8Array(findings.length);
  // "The officials, who were not allowed to comment, said …": "to comment" is part of the source, and
  // what its own reading would take for its content ("said …") is not nested in it.
  const partOfSource = inSourceClauses(ctx, findings);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (!f) continue;
    for (let j = Math.max(0, i - WINDOW * 4); j < Math.min(findings.length, i + WINDOW * 4); j++) {
      const g = findings[j];
      if (!g || j === i || Math.abs(g.sentence - f.sentence) > WINDOW) continue;
      const head = f.cue.head;
      if (g.source && head >= g.source[0] && head < g.source[1]) {
        // A cue in a relative clause of a source is part of it ("The officials, who were not allowed to
        // comment, said"), and so is a participle or an infinitive in the apposition of a source after its
        // verb ("…,” said Geoff Garin, a pollster working for a PAC supporting Clinton"); any other cue in a
        // source means the source ran too far: then that source's attribution goes.
        const aside =
          relativeBefore(ctx, g.source[0], head) || (g.source[0] > g.cue.head && f.cue.use !== 'finite');
        // "Barkley, who said he votes Democratic, said …": a clause said inside the aside is said too, up
        // to the aside's end.
        if (aside && keepsNested(f)) {
          const end = g.source[1];
          f.content = f.content.map(([s, e]): Range => [s, Math.min(e, end)]).filter(([s, e]) => e > s);
          if (f.content.length > 0) continue;
        }
        drop[aside ? i : j] = 1;
        if (drop[i]) break;
        continue;
      }
      if (partOfSource[j] === 1 || !inside(g.content, head)) continue;
      if (inside(f.content, g.cue.head)) continue; // each inside the other: two readings of one sentence
      // Kept only when the inner attribution comes first and the outer one is a tag after it ("Kim said
      // that …, KCNA reported"); "X added that Y told her …" is X's attribution alone.
      // "X said Y, according to Z" is Z's account: the article vouches for neither.
      if (!keepsNested(f) || f.cue.head > g.cue.head || g.cue.kind === 'according') {
        drop[i] = 1;
        break;
      }
    }
  }
  return findings.filter((_, i) => drop[i] === 0);
}

/** Reported speech with its own source inside an indirect content stays an attribution of its own. */
function keepsNested(f: Finding): boolean {
  return (
    f.cue.kind === 'verb' && f.source !== null && f.cue.use === 'finite' && (f.cue.entry?.strength ?? 0) === 2
  );
}
