/**
 * This module marks the content script's start on the page's timeline. It is the entry point's first
 * import, so that the mark is set before the other modules (the analysis engine's lexicon among them) are
 * evaluated: the benchmark measures from here.
 */
import { markStart } from './timing';

markStart();
