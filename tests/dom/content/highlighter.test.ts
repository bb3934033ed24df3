/**
 * The highlighter registers Sourcemark's own named highlights and touches nothing else in the page's
 * highlight registry: hiding, showing and disposing leave the page's own highlights alone, and the
 * registry is never cleared.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { Highlighter, LAYERS } from '../../../extension/content/highlighter';
import { installHighlights, paintedTexts } from './highlight-registry';

let registry: ReturnType<typeof installHighlights>;

function rangeOver(text: string): Range {
  const node = document.body.firstChild as Text;
  const start = node.data.indexOf(text);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  return range;
}

beforeEach(() => {
  registry = installHighlights();
  document.body.textContent = 'The company denied that its plant was the source.';
  registry.set('page-search-hit', new Highlight(rangeOver('plant')));
});

describe('the highlighter', () => {
  it('paints each layer under its own name in the sourcemark namespace', () => {
    const highlighter = new Highlighter();
    highlighter.set('source', [rangeOver('The company')]);
    highlighter.set('cue', [rangeOver('denied')]);
    expect(paintedTexts(registry, 'sourcemark-source')).toEqual(['The company']);
    expect(paintedTexts(registry, 'sourcemark-cue')).toEqual(['denied']);
    expect(Object.values(LAYERS).every((layer) => layer.name.startsWith('sourcemark-'))).toBe(true);
  });

  it('orders overlapping layers: the reader’s tags above findings, the focus above all', () => {
    expect(LAYERS['tag-disputed'].priority).toBeGreaterThan(LAYERS.cue.priority);
    expect(LAYERS.cue.priority).toBeGreaterThan(LAYERS.claim.priority);
    expect(LAYERS.focus.priority).toBeGreaterThan(LAYERS['tag-disputed'].priority);
  });

  it('repaints a layer by changing its ranges, keeping one Highlight per name', () => {
    const highlighter = new Highlighter();
    highlighter.set('claim', [rangeOver('its plant')]);
    const first = registry.get('sourcemark-claim');
    highlighter.set('claim', [rangeOver('the source')]);
    expect(registry.get('sourcemark-claim')).toBe(first);
    expect(paintedTexts(registry, 'sourcemark-claim')).toEqual(['the source']);
  });

  it('hides and shows its own highlights only', () => {
    const highlighter = new Highlighter();
    highlighter.set('cue', [rangeOver('denied')]);
    highlighter.setVisible(false);
    expect(registry.has('sourcemark-cue')).toBe(false);
    expect(registry.has('page-search-hit')).toBe(true);
    highlighter.set('source', [rangeOver('The company')]);
    expect(registry.has('sourcemark-source')).toBe(false);
    highlighter.setVisible(true);
    expect(paintedTexts(registry, 'sourcemark-cue')).toEqual(['denied']);
    expect(paintedTexts(registry, 'sourcemark-source')).toEqual(['The company']);
  });

  it('keeps the focus mark visible while the other highlights are hidden', () => {
    const highlighter = new Highlighter();
    highlighter.setVisible(false);
    highlighter.set('focus', [rangeOver('denied')]);
    expect(paintedTexts(registry, 'sourcemark-focus')).toEqual(['denied']);
  });

  it('disposes of its names and never clears the registry', () => {
    const highlighter = new Highlighter();
    highlighter.set('cue', [rangeOver('denied')]);
    highlighter.set('tag-disputed', [rangeOver('its plant')]);
    highlighter.dispose();
    expect([...registry.keys()]).toEqual(['page-search-hit']);
    expect(registry.clearCalls).toBe(0);
  });

  it('leaves a name alone on dispose once a newer page view has taken it', () => {
    const old = new Highlighter();
    old.set('cue', [rangeOver('denied')]);
    const fresh = new Highlighter();
    fresh.set('cue', [rangeOver('source')]);
    old.dispose();
    expect(paintedTexts(registry, 'sourcemark-cue')).toEqual(['source']);
  });

  it('knows its own Highlight objects, not the page’s', () => {
    const highlighter = new Highlighter();
    highlighter.set('claim', [rangeOver('its plant')]);
    const own = registry.get('sourcemark-claim');
    const pages = registry.get('page-search-hit');
    expect(own && highlighter.layerOfHighlight(own)).toBe('claim');
    expect(pages && highlighter.layerOfHighlight(pages)).toBeNull();
  });
});
