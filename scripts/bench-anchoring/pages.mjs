/**
 * Loads the benchmark's pages: each page's text is the lead's DOM text index (buildTextIndex) over the
 * body of the saved page (source.html, parsed by happy-dom without running its scripts), or of the
 * article alone with --article. Candidate sentences come from the article (article.html, the checked
 * Readability extraction), so that annotations fall on the story and not on menus; each is located in the
 * page text, where it may occur more than once (the run picks one occurrence).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

/** Sentence ends: . ! ? (optionally closed by quotes or brackets) followed by space and a capital. */
const SENTENCE_END = /[.!?]["'”’)\]]*(?= +["'“‘([]?[A-Z0-9])/g;

export async function pageText(html, buildTextIndex) {
  const window = new Window({
    url: 'https://bench.invalid/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true },
    },
  });
  // happy-dom's parser loses the rest of the page after a <style> inside an inline <svg> (cnet's icon
  // sprite); style sheets hold no page text, so they are dropped before parsing.
  window.document.write(html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ''));
  const text = buildTextIndex(window.document.body).text;
  await window.happyDOM.close();
  return text;
}

/** Sentence spans `[start, end)` of one block of `text`. */
export function sentencesIn(text, blockStart, blockEnd) {
  const block = text.slice(blockStart, blockEnd);
  const spans = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(block); m; m = SENTENCE_END.exec(block)) {
    const to = m.index + m[0].length;
    spans.push([blockStart + from, blockStart + to]);
    from = to + 1; // skip the space
  }
  if (from < block.length) spans.push([blockStart + from, blockEnd]);
  return spans.filter(([s, e]) => e > s);
}

export function blockAround(text, start, end) {
  const blockStart = text.lastIndexOf('\n', start - 1) + 1;
  const next = text.indexOf('\n', end);
  return [blockStart, next === -1 ? text.length : next];
}

/** Article sentences worth annotating: 6 to 80 words. */
function articleSentences(articleText) {
  const found = [];
  let blockStart = 0;
  for (const block of articleText.split('\n')) {
    for (const [s, e] of sentencesIn(articleText, blockStart, blockStart + block.length)) {
      const sentence = articleText.slice(s, e);
      const words = sentence.split(' ').length;
      if (words >= 6 && words <= 80) found.push(sentence);
    }
    blockStart += block.length + 1;
  }
  return found;
}

export async function loadPage(dir, name, buildTextIndex, articleOnly) {
  const article = await pageText(readFileSync(join(dir, name, 'article.html'), 'utf8'), buildTextIndex);
  const text = articleOnly
    ? article
    : await pageText(readFileSync(join(dir, name, 'source.html'), 'utf8'), buildTextIndex);
  const sentences = [];
  for (const sentence of articleSentences(article)) {
    const occurrences = [];
    for (let at = text.indexOf(sentence); at !== -1; at = text.indexOf(sentence, at + 1))
      occurrences.push(at);
    if (occurrences.length > 0) sentences.push({ sentence, occurrences });
  }
  return { name, text, article, sentences };
}
