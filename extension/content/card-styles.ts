/**
 * This module holds the hover card's styles, inside Sourcemark's shadow root: system fonts, WCAG AA
 * contrast in light and dark mode, focus rings, and the same Okabe–Ito colours as the highlights (a rating’s dot has its marker’s colour).
 */
export const CARD_STYLES = `
  .card { position: fixed; box-sizing: border-box; width: 340px; max-width: calc(100vw - 8px);
    font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #16181d; background: #fff;
    border: 1px solid #8a8f98; border-left: 4px solid #0072b2; border-radius: 6px;
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.22); padding: 8px 10px; text-align: left; }
  .card.denial { border-left-color: #d55e00; }
  .card.annotation { border-left-color: #aa4499; }
  .card p { margin: 4px 0; }
  .head { display: flex; align-items: center; gap: 8px; }
  .kind { font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; font-size: 11px; color: #3b414b; }
  .position { font-size: 11px; color: #545b66; }
  .close { margin-left: auto; border: none; background: none; font-size: 18px; line-height: 1; padding: 0 4px; }
  .who .source { font-size: 14px; }
  .stance.deny { color: #a63f00; font-weight: 700; }
  .cue { color: #545b66; }
  .rating { font-size: 12px; }
  .rating .dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin-right: 5px;
    border: 1px solid #16181d; vertical-align: baseline; }
  .rating-reliable .dot { background: #009e73; }
  .rating-mostly-reliable .dot { background: #0072b2; }
  .rating-mixed .dot { background: #cc79a7; }
  .rating-unreliable .dot { background: #d55e00; }
  .rating-unknown .dot { background: #808080; }
  blockquote { margin: 6px 0; padding: 2px 0 2px 8px; border-left: 2px solid #c4c8cf; color: #2b3038; }
  .saved-note { font-style: italic; }
  .row { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 6px; }
  .nav { justify-content: space-between; }
  button { font: inherit; border: 1px solid #c4c8cf; background: #f4f5f7; color: #16181d; border-radius: 4px;
    padding: 3px 8px; cursor: pointer; }
  button:hover { background: #e6e8ec; }
  button[aria-pressed="true"] { background: #16181d; color: #fff; border-color: #16181d; }
  button[data-action="disputed"] { border-color: #aa4499; }
  button[data-action="verified"] { border-color: #009e73; }
  button[data-action="needs-source"] { border-color: #967f00; }
  button:focus-visible, textarea:focus-visible { outline: 2px solid #0072b2; outline-offset: 1px; }
  textarea { display: block; box-sizing: border-box; width: 100%; font: inherit; color: #16181d; background: #fff;
    border: 1px solid #8a8f98; border-radius: 4px; }
  .status { min-height: 1em; font-size: 12px; color: #545b66; margin: 4px 0 0; }
  .status:empty { display: none; }
  @media (prefers-color-scheme: dark) {
    .card { background: #1f2329; color: #eceef2; border-color: #5c636e; }
    .kind { color: #c9ced6; }
    .position, .cue, .status { color: #a9b0bb; }
    .stance.deny { color: #f0a070; }
    blockquote { color: #d5d9e0; border-left-color: #5c636e; }
    button { background: #2b3038; color: #eceef2; border-color: #5c636e; }
    button:hover { background: #383e48; }
    button[aria-pressed="true"] { background: #eceef2; color: #16181d; border-color: #eceef2; }
    .close { background: none; }
    textarea { background: #15181c; color: #eceef2; border-color: #5c636e; }
    .rating .dot { border-color: #eceef2; }
  }
  @media (prefers-reduced-motion: no-preference) { .card { transition: opacity 80ms; } }
`;
