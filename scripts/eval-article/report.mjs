// Prints the evaluation: one table per engine (ours beside Readability's), a summary per method, and the
// differences between happy-dom and Chromium.
import { median } from './text-score.mjs';

const pct = (x) => (x * 100).toFixed(1).padStart(5);
const ms = (x, width = 6) => (Number.isFinite(x) ? x.toFixed(2) : '-').padStart(width);
const cell = (x, width) => String(x).slice(0, width).padEnd(width);

export function summary(rows, method, threshold) {
  const r = rows.map((row) => row[method]);
  const mean = (f) => r.reduce((s, x) => s + f(x), 0) / r.length;
  const max = (f) => Math.max(...r.map(f).filter(Number.isFinite));
  return {
    pages: r.length,
    meanRecall: mean((x) => x.recall),
    minRecall: Math.min(...r.map((x) => x.recall)),
    meanSpill: mean((x) => x.spill),
    maxSpill: max((x) => x.spill),
    good: r.filter((x) => x.recall >= 0.9 && x.spill <= 0.1).length,
    medianMs: median(r.map((x) => x.ms)),
    maxMs: max((x) => x.ms),
    medianColdMs: median(r.map((x) => x.coldMs)),
    maxColdMs: max((x) => x.coldMs),
    medianCpuMs: median(r.map((x) => x.cpuMs)),
    maxCpuMs: max((x) => x.cpuMs),
    maxColdCpuMs: max((x) => x.coldCpuMs),
    judgedNotArticle: rows.filter((row) => (row[method].confidence ?? 0) < threshold).map((row) => row.page),
    // Pages whose furniture alone (article removed) still passes for an article.
    furnitureTakenForArticle: rows
      .filter((row) => (row[method].withoutArticle ?? 0) >= threshold)
      .map((row) => row.page),
  };
}

export function printReport({ report, methods, threshold, pagesDir, runs, coldRuns, load, cpus }) {
  const names = Object.values(report.engines)[0]?.length ?? 0;
  console.log(`Find the article: ${names} pages of ${pagesDir}`);
  console.log(
    `Times in ms. ms: median of ${runs} warm calls; cold: the first call on a freshly loaded page (Chromium: ` +
      `median of ${coldRuns} loads; happy-dom: first call on the page, code already warm); cpu, cold cpu: the ` +
      "same in CPU time of the renderer's main thread (Chromium on Linux; wall times include waiting for a " +
      'CPU); index: buildTextIndex over the region; floor: a TreeWalker pass over the body text.',
  );
  console.log(
    `Load average at start ${load} on ${cpus} CPUs (a shared machine: expect noise in wall times).`,
  );
  for (const [engine, rows] of Object.entries(report.engines)) {
    console.log(`\n== ${engine}`);
    console.log(
      `${cell('page', 13)} | ours (bestArticleRegion, live DOM)${' '.repeat(62)}| Readability on a clone, mapped    | floor`,
    );
    console.log(
      `${cell('', 13)} | recall spill conf w/o-art     ms   cold    cpu cold-cpu  index root                     ` +
        `| recall spill     ms   cold    cpu |    ms`,
    );
    for (const row of rows) {
      const o = row.bestArticleRegion;
      const r = row.readabilityRegion;
      console.log(
        `${cell(row.page + (row.notEnglishNews ? '*' : ''), 13)} | ${pct(o.recall)} ${pct(o.spill)} ` +
          `${(o.confidence ?? 0).toFixed(2)}    ${ms(o.withoutArticle ?? NaN, 4)} ${ms(o.ms)} ${ms(o.coldMs)} ` +
          `${ms(o.cpuMs)}   ${ms(o.coldCpuMs)} ${ms(o.indexMs)} ${cell(o.root, 24)} | ${pct(r.recall)} ` +
          `${pct(r.spill)} ${ms(r.ms)} ${ms(r.coldMs)} ${ms(r.cpuMs)} | ${ms(row.floorMs)}`,
      );
    }
    for (const m of methods) {
      const s = summary(rows, m, threshold);
      console.log(
        `${m}: recall mean ${pct(s.meanRecall)}%, min ${pct(s.minRecall)}%; spill mean ${pct(s.meanSpill)}%, ` +
          `max ${pct(s.maxSpill)}%; ${s.good}/${s.pages} pages with recall >= 90% and spill <= 10%; ` +
          `ms median ${ms(s.medianMs, 0)}, max ${ms(s.maxMs, 0)}; cold median ${ms(s.medianColdMs, 0)}, ` +
          `max ${ms(s.maxColdMs, 0)}; cpu median ${ms(s.medianCpuMs, 0)}, max ${ms(s.maxCpuMs, 0)}, ` +
          `cold max ${ms(s.maxColdCpuMs, 0)}; judged not an article: ${s.judgedNotArticle.length}` +
          (s.judgedNotArticle.length ? ` (${s.judgedNotArticle.join(', ')})` : '') +
          `; without their article, still judged an article: ${s.furnitureTakenForArticle.length}/${s.pages}` +
          (s.furnitureTakenForArticle.length ? ` (${s.furnitureTakenForArticle.join(', ')})` : '') +
          (m === 'readabilityRegion' ? ' (decision: isProbablyReaderable)' : ''),
      );
    }
  }
  const [a, b] = Object.values(report.engines);
  if (a && b) {
    const differs = (x, y) =>
      x.root !== y.root || Math.abs(x.recall - y.recall) > 0.02 || Math.abs(x.spill - y.spill) > 0.02;
    const show = (x) => `${x.root} ${pct(x.recall)}/${pct(x.spill)}`;
    const differences = a
      .map((row, i) => [row, b[i]])
      .filter(([x, y]) => differs(x.bestArticleRegion, y.bestArticleRegion))
      .map(
        ([x, y]) =>
          `${x.page} (happy-dom ${show(x.bestArticleRegion)}; chromium ${show(y.bestArticleRegion)})`,
      );
    console.log(
      `\nhappy-dom vs Chromium (ours, root recall/spill): ${differences.length ? differences.join('; ') : 'same on every page'}`,
    );
  }
  console.log('* not English news (Wikipedia, Medium, Le Monde): no crash, nothing outside the article.');
  if (report.fixtures?.length) {
    console.log(
      `\nDecision on the team's pages (tests/fixtures/article, happy-dom; threshold ${threshold}):`,
    );
    for (const f of report.fixtures) {
      console.log(
        `  ${cell(f.file, 24)} ours ${f.confidence.toFixed(2)} ${f.confidence >= threshold ? 'article' : 'none   '}` +
          `   isProbablyReaderable ${f.readerable}`,
      );
    }
  }
}
