/**
 * A stand-in for the CSS Custom Highlight API, which happy-dom lacks: `Highlight` is a set of ranges with a
 * priority, `CSS.highlights` a map of names — the shape the browser gives, enough to check which names
 * Sourcemark sets and deletes, and which ranges it paints.
 */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

class FakeRegistry extends Map<string, Highlight> {
  clearCalls = 0;
  override clear(): void {
    this.clearCalls++;
    super.clear();
  }
}

export function installHighlights(): FakeRegistry {
  const registry = new FakeRegistry();
  Object.assign(globalThis, { Highlight: FakeHighlight });
  Object.defineProperty(globalThis, 'CSS', {
    value: { highlights: registry, escape: (s: string) => s, supports: () => false },
    configurable: true,
    writable: true,
  });
  return registry;
}

/** The text of each range of a registered highlight. */
export function paintedTexts(registry: Map<string, Set<AbstractRange>>, name: string): string[] {
  return [...(registry.get(name) ?? [])].map((range) => (range as Range).toString());
}
