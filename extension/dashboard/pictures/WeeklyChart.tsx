/**
 * This module draws how many annotations the reader saved each week, as columns over the last weeks, with
 * a labelled scale. The picture has a text description, and the numbers are one click away as a table.
 */
import type { WeekCount } from '../data/chart-data';

const WIDTH = 640;
const HEIGHT = 200;
const LEFT = 40;
const BOTTOM = 24;
const TOP = 10;

const shortDate = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

/** A round top for the scale: 1, 2, 5, 10, 20, 50… at or above `max`. */
export function niceMax(max: number): number {
  if (max <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

export function describeWeeks(weeks: readonly WeekCount[]): string {
  const total = weeks.reduce((n, w) => n + w.count, 0);
  const busiest = weeks.reduce<WeekCount | null>(
    (best, w) => (best && best.count >= w.count ? best : w),
    null,
  );
  if (!busiest || total === 0) return `No annotations in the last ${weeks.length} weeks.`;
  return `${total} annotations in the last ${weeks.length} weeks; the busiest week began ${shortDate.format(
    busiest.start,
  )}, with ${busiest.count}.`;
}

export function WeeklyChart(props: { readonly weeks: readonly WeekCount[] }) {
  const { weeks } = props;
  const top = niceMax(Math.max(0, ...weeks.map((w) => w.count)));
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const step = (WIDTH - LEFT) / Math.max(1, weeks.length);
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  const ticks = [0, top / 2, top];
  return (
    <svg
      class="chart weekly"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-labelledby="weeks-title weeks-desc"
    >
      <title id="weeks-title">Annotations saved per week</title>
      <desc id="weeks-desc">{describeWeeks(weeks)}</desc>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} class="grid" />
          <text x={LEFT - 6} y={y(tick)} class="axis-label" text-anchor="end" dominant-baseline="middle">
            {Number.isInteger(tick) ? tick : tick.toFixed(1)}
          </text>
        </g>
      ))}
      {weeks.map((week, i) => {
        const x = LEFT + i * step;
        return (
          <g key={week.start}>
            {week.count > 0 && (
              <rect
                x={x + step * 0.15}
                width={step * 0.7}
                y={y(week.count)}
                height={y(0) - y(week.count)}
                class="column"
              >
                <title>{`Week of ${shortDate.format(week.start)}: ${week.count}`}</title>
              </rect>
            )}
            {i % 4 === 0 && (
              <text x={x + step / 2} y={HEIGHT - 6} class="axis-label" text-anchor="middle">
                {shortDate.format(week.start)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

export function WeeklyTable(props: { readonly weeks: readonly WeekCount[] }) {
  return (
    <table class="data-table">
      <caption class="visually-hidden">Annotations saved per week</caption>
      <thead>
        <tr>
          <th scope="col">Week of</th>
          <th scope="col">Annotations</th>
        </tr>
      </thead>
      <tbody>
        {props.weeks.map((w) => (
          <tr key={w.start}>
            <th scope="row">{shortDate.format(w.start)}</th>
            <td>{w.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
