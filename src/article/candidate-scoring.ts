/**
 * This module picks the article's container the way Readability does, but on the live page and without
 * touching it: each paragraph gives a score (one point, one per comma, one per hundred characters up to
 * three) to its parent in full, its grandparent by half and three more ancestors by less; containers start
 * from their tag and the words in their class and id; link-heavy containers are discounted. The best
 * container may then widen to a common ancestor of several good ones, or to a parent that scores better,
 * and takes along siblings that look like more of the article. Furniture (by tag, role or name) does not
 * score, unless nothing long enough is found without it.
 */
import { nameWeight } from './element-hints';
import type { PageStats } from './page-walk';

export interface Candidate {
  /** Index (in PageStats) of the chosen container. */
  readonly top: number;
  /** Its final score (after link discount). */
  readonly score: number;
  /** Siblings of `top` (and `top` itself) that belong to the article; one element means only `top`. */
  readonly members: readonly number[];
}

const TOP_CANDIDATES = 5;
const MIN_SHARED_CANDIDATES = 3;
const ANCESTOR_LEVELS = 5;

function tagBase(name: string): number {
  switch (name) {
    case 'div':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

function linkDensity(stats: PageStats, i: number): number {
  const t = stats.text[i] ?? 0;
  return t > 0 ? (stats.linkText[i] ?? 0) / t : 0;
}

function contains(stats: PageStats, outer: number, inner: number): boolean {
  return inner >= outer && inner < (stats.end[outer] ?? 0);
}

/**
 * Scores containers, leaving out the paragraphs of flagged elements (furniture, and subtrees the page
 * hides); `useNames` false is the retry when the filtered pass found too little: only hidden subtrees are
 * flagged then, and class names do not weigh.
 */
export function pickCandidate(stats: PageStats, skip: Uint8Array, useNames: boolean): Candidate | null {
  const n = stats.elements.length;
  const filterFurniture = useNames;
  const furniture = skip;
  const score = new Float64Array(n);
  const scored = new Uint8Array(n);
  const touch = (i: number): void => {
    if (scored[i] === 1) return;
    scored[i] = 1;
    const el = stats.elements[i];
    score[i] = el === undefined ? 0 : tagBase(el.localName) + (filterFurniture ? nameWeight(el) : 0);
  };

  for (let i = 0; i < n; i++) {
    const points = stats.paragraphScore[i] ?? 0;
    if (points === 0 || (furniture[i] ?? 0) !== 0) continue;
    // A block holding other blocks gets its text runs wrapped in new paragraphs (it is their parent);
    // a block of plain text becomes the paragraph itself (its parent is the first ancestor).
    const wrapped = (stats.hasBlockInside[i] ?? 0) === 1 || (stats.paragraphs[i] ?? 0) > 1;
    let at = wrapped ? i : (stats.parent[i] ?? -1);
    for (let level = 0; level < ANCESTOR_LEVELS && at >= 0; level++) {
      touch(at);
      score[at] = (score[at] ?? 0) + points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      at = stats.parent[at] ?? -1;
    }
  }

  const best: number[] = [];
  for (let i = 0; i < n; i++) {
    if (scored[i] !== 1) continue;
    score[i] = (score[i] ?? 0) * (1 - linkDensity(stats, i));
    best.push(i);
  }
  if (best.length === 0) return null;
  best.sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0));
  let top = best[0] ?? 0;
  const topScore = score[top] ?? 0;

  // Several near-best containers under one ancestor: the article is that ancestor (split bodies). Unlike
  // Readability, parts of the best container are not alternatives to it.
  const near = best
    .slice(1, TOP_CANDIDATES)
    .filter((c) => (score[c] ?? 0) / topScore >= 0.75 && !contains(stats, top, c));
  if (near.length >= MIN_SHARED_CANDIDATES) {
    for (let up = stats.parent[top] ?? -1; up > 0; up = stats.parent[up] ?? -1) {
      if (near.filter((c) => contains(stats, up, c)).length >= MIN_SHARED_CANDIDATES) {
        top = up;
        break;
      }
    }
  }
  touch(top);

  // Climb while the parent scores better: the article's paragraphs are spread over its children.
  let last = score[top] ?? 0;
  const threshold = last / 3;
  for (let up = stats.parent[top] ?? -1; up > 0; up = stats.parent[up] ?? -1) {
    if (scored[up] !== 1) continue;
    const s = score[up] ?? 0;
    if (s < threshold) break;
    if (s > last) {
      top = up;
      break;
    }
    last = s;
  }
  // An only child says nothing about the article's extent; its parent may hold a header beside it.
  for (let up = stats.parent[top] ?? -1; up > 0; up = stats.parent[up] ?? -1) {
    if (!onlyChild(stats, top)) break;
    top = up;
  }
  touch(top);
  const members = siblingMembers(stats, top, score, scored, furniture);
  return { top, score: score[top] ?? 0, members };
}

function onlyChild(stats: PageStats, i: number): boolean {
  const el = stats.elements[i];
  return el?.parentElement?.childElementCount === 1;
}

/** The first word of an element's class: sibling blocks of one article body share it ("story-part"). */
function firstClass(el: Element | undefined): string {
  const name = el?.getAttribute('class')?.trim() ?? '';
  const space = name.search(/\s/);
  return space < 0 ? name : name.slice(0, space);
}

/**
 * Siblings of `top` that belong to the article: Readability's rules (a good score, the same class as
 * `top`, a <p> that reads like prose), and two of ours: a sibling of the same kind (same tag and first class
 * word) that holds prose, as in bodies split into one block per item, is taken; a column of teasers (linked
 * headlines over summaries) never is, whatever its score.
 */
function siblingMembers(
  stats: PageStats,
  top: number,
  score: Float64Array,
  scored: Uint8Array,
  furniture: Uint8Array,
): number[] {
  const up = stats.parent[top] ?? -1;
  if (up < 0) return [top];
  const topEl = stats.elements[top];
  const topClass = topEl?.getAttribute('class') ?? '';
  const topKind = firstClass(topEl);
  const topScore = score[top] ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const members: number[] = [];
  for (let i = up + 1; i < (stats.end[up] ?? 0); i = stats.end[i] ?? i + 1) {
    if (i === top) {
      members.push(i);
      continue;
    }
    const el = stats.elements[i];
    if (el === undefined || (furniture[i] ?? 0) !== 0) continue;
    const bonus = topClass !== '' && el.getAttribute('class') === topClass ? topScore * 0.2 : 0;
    const len = stats.text[i] ?? 0;
    const links = linkDensity(stats, i);
    if (isTeaserList(stats, i)) continue;
    if (scored[i] === 1 && (score[i] ?? 0) + bonus >= threshold) {
      members.push(i);
    } else if (el.localName === 'p') {
      if ((len > 80 && links < 0.25) || (len > 0 && len <= 80 && links === 0 && endsSentence(el))) {
        members.push(i);
      }
    } else if (
      topKind !== '' &&
      el.localName === topEl?.localName &&
      firstClass(el) === topKind &&
      (stats.proseInside[i] ?? 0) > 0 &&
      links < 0.25
    ) {
      members.push(i);
    }
  }
  return members;
}

/** Linked headlines over short summaries (a column of teasers), at least one headline per 400 characters. */
function isTeaserList(stats: PageStats, i: number): boolean {
  const headlines = stats.linkedHeadings[i] ?? 0;
  return headlines > 0 && headlines * 400 >= (stats.proseInside[i] ?? 0);
}

function endsSentence(el: Element): boolean {
  // Only called on short paragraphs, so reading their text is cheap.
  return /\.( |$)/.test((el.textContent ?? '').trim());
}
