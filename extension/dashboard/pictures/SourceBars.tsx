/**
 * This module draws, per source, one bar of its claims: asserted, denied and disputed, in colors told apart
 * with common color-vision deficiencies, disputed also striped, each part labelled with its number when it
 * fits. The picture has a text description, and the same numbers are one click away as a table.
 */
import type { SourceBar } from '../data/chart-data';

const WIDTH = 640;
const ROW = 26;
const LABEL = 170;
const TOTAL = 44;
const TOP = 4;

const PARTS = [
  { key: 'asserted', label: 'Asserted' },
  { key: 'denied', label: 'Denied' },
  { key: 'disputed', label: 'Disputed' },
] as const;

function shorten(name: string): string {
  return name.length > 24 ? `${name.slice(0, 23)}…` : name;
}

export function describeBars(bars: readonly SourceBar[]): string {
  return bars
    .map((b) => `${b.name}: ${b.asserted} asserted, ${b.denied} denied, ${b.disputed} disputed`)
    .join('; ');
}

export function SourceBars(props: { readonly bars: readonly SourceBar[] }) {
  const { bars } = props;
  const max = Math.max(1, ...bars.map((b) => b.total));
  const scale = (WIDTH - LABEL - TOTAL) / max;
  const height = TOP + bars.length * ROW;
  return (
    <svg
      class="chart source-bars"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby="bars-title bars-desc"
    >
      <title id="bars-title">Claims per source: asserted, denied and disputed</title>
      <desc id="bars-desc">{describeBars(bars)}</desc>
      <defs>
        <pattern
          id="stripes"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" class="part-disputed" />
          <line x1="0" y1="0" x2="0" y2="6" class="stripe" stroke-width="2.5" />
        </pattern>
      </defs>
      {bars.map((bar, i) => {
        const y = TOP + i * ROW;
        let x = LABEL;
        return (
          <g key={bar.key}>
            <text
              x={LABEL - 8}
              y={y + ROW / 2}
              class="axis-label"
              text-anchor="end"
              dominant-baseline="middle"
            >
              {shorten(bar.name)}
            </text>
            {PARTS.map(({ key, label }) => {
              const value = bar[key];
              if (value === 0) return null;
              const w = value * scale;
              const part = (
                <g key={key}>
                  <rect
                    x={x}
                    y={y + 3}
                    width={w}
                    height={ROW - 6}
                    class={key === 'disputed' ? 'part striped' : `part part-${key}`}
                  >
                    <title>{`${bar.name}: ${value} ${label.toLowerCase()}`}</title>
                  </rect>
                  {w > 22 && (
                    <text
                      x={x + w / 2}
                      y={y + ROW / 2}
                      class={`part-value on-${key}`}
                      text-anchor="middle"
                      dominant-baseline="middle"
                    >
                      {value}
                    </text>
                  )}
                </g>
              );
              x += w;
              return part;
            })}
            <text x={x + 6} y={y + ROW / 2} class="axis-label total" dominant-baseline="middle">
              {bar.total}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function SourceBarsLegend() {
  return (
    <ul class="legend" aria-label="Legend">
      {PARTS.map(({ key, label }) => (
        <li key={key}>
          <span class={`swatch part-${key}`} aria-hidden="true" />
          {label}
        </li>
      ))}
    </ul>
  );
}

export function SourceBarsTable(props: { readonly bars: readonly SourceBar[] }) {
  return (
    <table class="data-table">
      <caption class="visually-hidden">Claims per source</caption>
      <thead>
        <tr>
          <th scope="col">Source</th>
          <th scope="col">Asserted</th>
          <th scope="col">Denied</th>
          <th scope="col">Disputed</th>
          <th scope="col">All</th>
        </tr>
      </thead>
      <tbody>
        {props.bars.map((bar) => (
          <tr key={bar.key}>
            <th scope="row">{bar.name}</th>
            <td>{bar.asserted}</td>
            <td>{bar.denied}</td>
            <td>{bar.disputed}</td>
            <td>{bar.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
