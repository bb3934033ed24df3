/**
 * This module maps a DOM subtree to plain text and back. The text is what a reader sees: text nodes in
 * document order, with script, style, hidden and aria-hidden content skipped, white space runs collapsed to
 * one space, and "\n" between blocks. Offsets into that text turn into DOM Ranges and Ranges into offsets,
 * so the analysis and the anchoring can work on plain text.
 */
import type { Span } from '../../model/span';

export interface TextIndexOptions {
  /** Elements whose subtrees are left out (e.g. share bars inside an article). */
  readonly exclude?: ReadonlySet<Element>;
  /** Extra visibility test, e.g. computed style; attributes (hidden, aria-hidden) are always checked. */
  readonly isHidden?: (element: Element) => boolean;
}

/** A place in the DOM: a text node and an offset into its data. */
export interface TextPoint {
  readonly node: Text;
  readonly offset: number;
}

export interface TextIndex {
  readonly root: Element;
  readonly text: string;
  /** The DOM point of a text offset; `end` affinity attaches to the preceding character. */
  pointAt(offset: number, affinity: 'start' | 'end'): TextPoint | null;
  /** A live Range for `[start, end)`, or null if it holds no text (or the page has since removed its nodes). */
  rangeFromOffsets(start: number, end: number): Range | null;
  /** The text offsets of a Range, clipped to the indexed text; null if it holds none of it. */
  offsetsFromRange(range: AbstractRange): Span | null;
  /** Whether a text node's characters are in the index. */
  holds(node: Node): boolean;
  /**
   * Whether an index built now would take a text node's characters (whatever they are): it is inside the
   * root, and no element between them is left out (see `leavesOut`). The page may have shown or hidden it
   * since.
   */
  wouldHold(node: Node): boolean;
}

/** One text node's share of the index text. */
interface Piece {
  readonly node: Text;
  /** Where the node's kept characters start in the index text. */
  readonly start: number;
  readonly length: number;
  /**
   * Where the node's kept characters come from, when not from one unbroken run of its data: pairs of
   * (offset in the kept characters, offset in `node.data`), one pair per run, in order. Null when the kept
   * character i is `node.data[shift + i]`.
   */
  readonly runs: Int32Array | null;
  readonly shift: number;
}

/**
 * The white space that collapsing changes (HTML white space; the non-breaking space is a character): a run
 * of two or more, any one that is not a plain space, and a space at either end of a text node (dropped
 * after a block break, or merged with the next node's). A single space between words is kept as it is, so
 * the common text node is copied in one piece, not word by word.
 */
const WHITE_SPACE = /[ \t\n\r\f]{2,}|[\t\n\r\f]|^ | $/g;

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'svg',
  'MATH',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'BUTTON',
  'HEAD',
  'TITLE',
]);

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/**
 * Whether the index leaves out an element and all inside it: not text by nature (scripts, media, form
 * controls), hidden by attribute (`hidden`, `aria-hidden="true"`), excluded, or hidden by `isHidden`.
 */
export function leavesOut(el: Element, options: TextIndexOptions): boolean {
  return (
    SKIPPED.has(el.tagName) ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    options.exclude?.has(el) === true ||
    options.isHidden?.(el) === true
  );
}

export function buildTextIndex(root: Element, options: TextIndexOptions = {}): TextIndex {
  const { exclude, isHidden } = options;
  const pieces: Piece[] = [];
  const chunks: string[] = [];
  let length = 0;
  /** Whether the text so far ends in white space or a block break, so that a following space is dropped. */
  let atBreak = true;
  let pendingSpace = false;
  let pendingBreak = false;

  // The text node being added. This code runs cold (interpreted) on every page, once per text node: its
  // state lives here and its helpers are made once per index, not once per node.
  let data = '';
  let kept = '';
  /** (kept offset, raw offset) of each unbroken run of kept characters. */
  let runs: number[] = [];
  /** Where in this node the pending white space run began, or -1 if it began in an earlier node. */
  let spaceAt = -1;

  /** Appends `chars`, which start at `raw` in the node's data. */
  const append = (chars: string, raw: number) => {
    const last = runs.length - 2;
    const continues = last >= 0 && (runs[last + 1] ?? 0) + kept.length - (runs[last] ?? 0) === raw;
    if (!continues) runs.push(kept.length, raw);
    kept += chars;
  };

  /** Keeps the characters [from, to) of the node's data, after the break or space pending before them. */
  const keep = (from: number, to: number) => {
    if (from >= to) return;
    if (pendingBreak) {
      // Block breaks sit between nodes, outside any piece.
      if (length > 0) {
        chunks.push('\n');
        length += 1;
      }
    } else if (pendingSpace) {
      if (spaceAt >= 0) append(' ', spaceAt);
      else {
        chunks.push(' ');
        length += 1;
      }
    }
    append(data.slice(from, to), from);
    pendingBreak = false;
    pendingSpace = false;
    spaceAt = -1;
    atBreak = false;
  };

  /**
   * Adds a text node's characters, white space collapsed: the characters are copied run by run between
   * the white space that collapsing changes (a regular expression finds it), never one by one.
   */
  const addText = (node: Text) => {
    data = node.data;
    kept = '';
    runs = [];
    spaceAt = -1;
    let at = 0;
    WHITE_SPACE.lastIndex = 0;
    for (let match = WHITE_SPACE.exec(data); match; match = WHITE_SPACE.exec(data)) {
      keep(at, match.index);
      if (!atBreak && !pendingSpace) {
        pendingSpace = true;
        spaceAt = match.index;
      }
      at = match.index + match[0].length;
    }
    keep(at, data.length);
    if (kept.length === 0) return;
    pieces.push({
      node,
      start: length,
      length: kept.length,
      runs: runs.length > 2 ? Int32Array.from(runs) : null,
      shift: runs[1] ?? 0,
    });
    chunks.push(kept);
    length += kept.length;
  };

  const breakBlock = () => {
    if (length > 0) pendingBreak = true;
    pendingSpace = false;
    atBreak = true;
  };

  const walk = (element: Element) => {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === 3) {
        addText(child as Text);
      } else if (type === 1) {
        const el = child as Element;
        const tag = el.tagName;
        // `leavesOut`, written out: this runs cold, once per element of the article, and the call cost
        // painted a few per cent in A/B runs (docs/PERFORMANCE.md, "Following what the page shows later").
        if (
          SKIPPED.has(tag) ||
          el.hasAttribute('hidden') ||
          el.getAttribute('aria-hidden') === 'true' ||
          exclude?.has(el) ||
          isHidden?.(el)
        )
          continue;
        const block = BLOCKS.has(tag);
        if (block) breakBlock();
        walk(el);
        if (block) breakBlock();
      }
    }
  };
  walk(root);

  return createIndex(root, chunks.join(''), pieces, options);
}

/**
 * Whether a point is still inside its text node on the page. A page may split, merge, shorten or remove
 * text nodes after the index was built: such points would throw when set on a Range, so they give none.
 */
function isLive(point: TextPoint): boolean {
  return point.node.isConnected && point.offset <= point.node.length;
}

function createIndex(
  root: Element,
  text: string,
  pieces: readonly Piece[],
  options: TextIndexOptions,
): TextIndex {
  /** Each piece by its node: only ranges turned into offsets (the reader's selections) need it. */
  let byNode: Map<Node, number> | null = null;
  const pieceOf = (node: Node) => {
    if (byNode === null) {
      byNode = new Map();
      for (let i = 0; i < pieces.length; i++) byNode.set((pieces[i] as Piece).node, i);
    }
    return byNode.get(node);
  };

  /** The offset in the node's data of the piece's kept character `i`. */
  const rawOffset = (piece: Piece, i: number) => {
    const runs = piece.runs;
    if (!runs) return piece.shift + i;
    // The last run that starts at or before i.
    let lo = 0;
    let hi = runs.length / 2 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((runs[2 * mid] ?? 0) <= i) lo = mid;
      else hi = mid - 1;
    }
    return (runs[2 * lo + 1] ?? 0) + i - (runs[2 * lo] ?? 0);
  };

  /** Index of the last piece starting at or before `offset`. */
  const pieceAt = (offset: number) => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((pieces[mid]?.start ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const pointAt = (offset: number, affinity: 'start' | 'end'): TextPoint | null => {
    if (pieces.length === 0 || offset < 0 || offset > text.length) return null;
    let i = pieceAt(offset);
    let piece = pieces[i];
    if (!piece) return null;
    if (affinity === 'start') {
      // An offset on a separator or past a piece's end belongs to the next piece's start.
      if (offset >= piece.start + piece.length) {
        piece = pieces[i + 1];
        if (!piece) return null;
        return { node: piece.node, offset: rawOffset(piece, 0) };
      }
      if (offset < piece.start) return { node: piece.node, offset: rawOffset(piece, 0) };
      return { node: piece.node, offset: rawOffset(piece, offset - piece.start) };
    }
    // End affinity: the boundary just after character offset-1.
    if (offset <= piece.start) {
      i -= 1;
      piece = pieces[i];
      if (!piece) return null;
      return { node: piece.node, offset: rawOffset(piece, piece.length - 1) + 1 };
    }
    const within = Math.min(offset - piece.start, piece.length);
    return { node: piece.node, offset: rawOffset(piece, within - 1) + 1 };
  };

  /** The text offset of a DOM boundary point, looking forward (start) or backward (end) for text. */
  const offsetOfBoundary = (container: Node, offset: number, side: 'start' | 'end'): number | null => {
    const pieceIndex = pieceOf(container);
    if (pieceIndex !== undefined) {
      const piece = pieces[pieceIndex];
      if (!piece) return null;
      return piece.start + keptBefore(piece, offset);
    }
    // An element boundary, or a text node the index skipped: find the nearest indexed text in document order.
    const doc = root.ownerDocument;
    const probe = doc.createRange();
    probe.setStart(container, offset);
    probe.collapse(true);
    const found = nearestPiece(probe, side);
    if (found === null) return side === 'start' ? text.length : 0;
    const piece = pieces[found.index];
    if (!piece) return null;
    return found.after ? piece.start : piece.start + piece.length;
  };

  /** Kept characters of `piece` whose raw offset is below `raw`. */
  const keptBefore = (piece: Piece, raw: number) => {
    const runs = piece.runs;
    if (!runs) return Math.max(0, Math.min(piece.length, raw - piece.shift));
    // The last run whose first character's raw offset is below `raw`; its characters up to `raw` count.
    let lo = -1;
    let hi = runs.length / 2 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((runs[2 * mid + 1] ?? 0) < raw) lo = mid;
      else hi = mid - 1;
    }
    if (lo < 0) return 0;
    const keptStart = runs[2 * lo] ?? 0;
    const keptEnd = lo + 1 < runs.length / 2 ? (runs[2 * lo + 2] ?? 0) : piece.length;
    return Math.min(keptEnd, keptStart + raw - (runs[2 * lo + 1] ?? 0));
  };

  /** The first piece at or after a collapsed range (start side), or the last at or before it (end side). */
  const nearestPiece = (point: Range, side: 'start' | 'end') => {
    let lo = 0;
    let hi = pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const node = pieces[mid]?.node;
      if (node && point.comparePoint(node, 0) < 0) lo = mid + 1;
      else hi = mid;
    }
    // `lo` is the first piece that starts at or after the point.
    if (side === 'start') return lo < pieces.length ? { index: lo, after: true } : null;
    return lo > 0 ? { index: lo - 1, after: false } : null;
  };

  return {
    root,
    text,
    pointAt,
    rangeFromOffsets(start, end) {
      if (start >= end) return null;
      const from = pointAt(start, 'start');
      const to = pointAt(end, 'end');
      if (!from || !to || !isLive(from) || !isLive(to)) return null;
      const range = root.ownerDocument.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range.collapsed ? null : range;
    },
    offsetsFromRange(range) {
      const start = offsetOfBoundary(range.startContainer, range.startOffset, 'start');
      const end = offsetOfBoundary(range.endContainer, range.endOffset, 'end');
      if (start === null || end === null || end <= start) return null;
      return [start, end];
    },
    holds(node) {
      return pieceOf(node) !== undefined;
    },
    wouldHold(node) {
      if (node.nodeType !== 3 || !root.contains(node)) return false;
      for (let el = node.parentElement; el !== null && el !== root; el = el.parentElement)
        if (leavesOut(el, options)) return false;
      return true;
    },
  };
}
