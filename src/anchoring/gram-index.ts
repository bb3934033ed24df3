/**
 * This module indexes every 8-character piece of a text by hash, in two flat arrays (a counting sort), so
 * that exact occurrences of a quote, or of pieces of it, are found by looking at the few places that share
 * a piece instead of scanning the whole page. Building it takes two linear passes.
 */

export class GramIndex {
  static readonly GRAM = 8;
  private readonly text: string;
  private readonly mask: number;
  /** `starts[h] .. starts[h + 1]` is the slice of `positions` for hash bucket `h`. */
  private readonly starts: Int32Array;
  private readonly positions: Int32Array;

  constructor(text: string) {
    this.text = text;
    const count = Math.max(0, text.length - GramIndex.GRAM + 1);
    let bits = 10;
    while (1 << bits < count && bits < 22) bits++;
    this.mask = (1 << bits) - 1;
    // Two passes of a rolling hash (each position's piece hash from the previous one in constant time):
    // count the bucket sizes, then place the positions; recomputing is cheaper than keeping the hashes.
    const sizes = new Int32Array(this.mask + 2);
    this.eachBucket(count, (bucket) => {
      sizes[bucket + 1] = (sizes[bucket + 1] ?? 0) + 1;
    });
    for (let b = 1; b < sizes.length; b++) sizes[b] = (sizes[b] ?? 0) + (sizes[b - 1] ?? 0);
    this.starts = sizes.slice();
    const fill = sizes;
    const positions = new Int32Array(count);
    this.eachBucket(count, (bucket, i) => {
      const at = fill[bucket] ?? 0;
      positions[at] = i;
      fill[bucket] = at + 1;
    });
    this.positions = positions;
  }

  private eachBucket(count: number, visit: (bucket: number, position: number) => void): void {
    const text = this.text;
    let h = count > 0 ? rawHash(text, 0) : 0;
    for (let i = 0; i < count; i++) {
      if (i > 0) {
        const dropped = Math.imul(text.charCodeAt(i - 1), TOP);
        h = (Math.imul(h - dropped, BASE) + text.charCodeAt(i + GramIndex.GRAM - 1)) | 0;
      }
      visit(mix(h) & this.mask, i);
    }
  }

  /**
   * Offsets where `needle` (at least GRAM characters) occurs, in text order, at most `limit`. Looks up
   * the rarest of a few of the needle's pieces, so a common opening ("the president") costs little.
   */
  occurrences(needle: string, limit: number): number[] {
    const last = needle.length - GramIndex.GRAM;
    let bestFrom = 0;
    let best = this.bucket(needle, 0);
    for (const from of [last >> 2, last >> 1, (3 * last) >> 2, last]) {
      if (best.length <= 1) break;
      const bucket = this.bucket(needle, from);
      if (bucket.length < best.length) {
        best = bucket;
        bestFrom = from;
      }
    }
    const found: number[] = [];
    for (const at of best) {
      const start = at - bestFrom;
      if (start >= 0 && this.text.startsWith(needle, start)) found.push(start);
    }
    found.sort((a, b) => a - b);
    return found.length > limit ? found.slice(0, limit) : found;
  }

  /** Offsets where the GRAM characters of `source` at `from` occur in the text, at most `limit`. */
  pieceOccurrences(source: string, from: number, limit: number): number[] {
    const piece = source.slice(from, from + GramIndex.GRAM);
    const found: number[] = [];
    for (const at of this.bucket(source, from)) {
      if (this.text.startsWith(piece, at)) {
        found.push(at);
        if (found.length >= limit) break;
      }
    }
    return found;
  }

  private bucket(source: string, from: number): Int32Array {
    const h = hashAt(source, from) & this.mask;
    return this.positions.subarray(this.starts[h] ?? 0, this.starts[h + 1] ?? 0);
  }
}

const BASE = 0x01000193;
/** BASE to the power GRAM - 1, modulo 2^32: the weight of a piece's first character. */
const TOP = (() => {
  let p = 1;
  for (let k = 1; k < GramIndex.GRAM; k++) p = Math.imul(p, BASE);
  return p;
})();

/** Polynomial hash of the GRAM characters at `at`, the same as the rolling one. */
function rawHash(text: string, at: number): number {
  let h = 0;
  for (let k = 0; k < GramIndex.GRAM; k++) h = (Math.imul(h, BASE) + text.charCodeAt(at + k)) | 0;
  return h;
}

function mix(h: number): number {
  let x = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  x ^= x >>> 16;
  return x >>> 0;
}

function hashAt(text: string, at: number): number {
  return mix(rawHash(text, at));
}
