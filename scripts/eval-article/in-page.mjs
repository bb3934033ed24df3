// Functions that run inside the measured page (Chromium, serialized by playwright) or on a happy-dom
// document (called directly): they must be self-contained. They find the API on globalThis.__smArticle and
// the document on globalThis.__smDocument (happy-dom) or `document` (Chromium).

/** A short description of an element, to see where a region sits. */
export function describe(el) {
  if (!el) return '-';
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  return el.localName + (el.id ? `#${el.id}` : '') + (cls ? `.${cls}` : '');
}

/** Times each method (warm calls; the first call of the page too), and returns its region's text. */
export function measurePage({ runs, methods }) {
  const api = globalThis.__smArticle;
  const doc = globalThis.__smDocument ?? document;
  const now = () => performance.now();
  const result = {};
  for (const method of methods) {
    const fn = api[method];
    const times = [];
    let region = null;
    for (let r = 0; r <= runs; r++) {
      const t0 = now();
      region = fn(doc);
      times.push(now() - t0);
    }
    // The next step of the content script, for the budget: the text index of the region.
    const indexTimes = [];
    for (let r = 0; region !== null && r < runs; r++) {
      const t0 = now();
      api.buildTextIndex(region.root, { exclude: new Set(region.excluded) });
      indexTimes.push(now() - t0);
    }
    result[method] = {
      first: times[0],
      times: times.slice(1),
      indexTimes,
      found: region !== null,
      confidence: region?.confidence ?? null,
      root: region ? api.describe(region.root) : '-',
      excluded: region?.excluded.length ?? 0,
      text: region ? api.buildTextIndex(region.root, { exclude: new Set(region.excluded) }).text : '',
    };
  }
  // The floor: a plain TreeWalker pass over the body's text nodes, as bench:page defines it.
  result.floor = [];
  for (let r = 0; r < runs; r++) {
    const t0 = now();
    const walker = doc.createTreeWalker(doc.body, 4);
    let chars = 0;
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) chars += n.data.length;
    result.floor.push(now() - t0 + chars * 0);
  }
  // The page without its article: Readability's article root removed (this changes the page, which is why
  // it comes last). What is left is furniture: it should not look like an article.
  const gold = api.readabilityRegion(doc);
  if (gold !== null) {
    gold.root.remove();
    result.withoutArticle = api.bestArticleRegion(doc)?.confidence ?? 0;
    result.withoutArticleReaderable = api.isProbablyReaderable(doc);
  }
  return result;
}

/** The very first call on a freshly loaded page: nothing warmed up, no DOM wrappers made yet. */
export function firstCall(method) {
  const t0 = performance.now();
  globalThis.__smArticle[method](document);
  return performance.now() - t0;
}

/** Calls a method n times (for its CPU time per call). */
export function repeatCalls({ method, n }) {
  for (let r = 0; r < n; r++) globalThis.__smArticle[method](document);
}
