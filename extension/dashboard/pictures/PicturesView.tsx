/**
 * This module is "Pictures": the claims of the most cited sources as bars, and annotations saved per week,
 * each with a switch to read the same numbers as a table.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Catalog } from '../data/catalog';
import { annotationsPerWeek, sourceBars } from '../data/chart-data';
import type { SourceAliases } from '../data/source-aliases';
import { SourceBars, SourceBarsLegend, SourceBarsTable } from './SourceBars';
import { WeeklyChart, WeeklyTable } from './WeeklyChart';

const SOURCES = 12;
const WEEKS = 26;

export function PicturesView(props: {
  readonly catalog: Catalog;
  readonly version: number;
  readonly aliases: SourceAliases;
  readonly now?: number;
}) {
  const bars = useMemo(
    () => sourceBars(props.catalog, SOURCES, props.aliases),
    [props.catalog, props.version, props.aliases],
  );
  const weeks = useMemo(
    () => annotationsPerWeek(props.catalog, WEEKS, props.now ?? Date.now()),
    [props.catalog, props.version, props.now],
  );
  return (
    <div class="pictures-view">
      <Figure
        id="bars"
        title={`Claims of the ${SOURCES} most cited sources`}
        caption="Each bar is one source's claims in your annotations: asserted, denied, and those you tagged Disputed."
        empty={bars.length === 0 ? 'No saved claim names its source yet.' : null}
        picture={
          <>
            <SourceBarsLegend />
            <SourceBars bars={bars} />
          </>
        }
        table={<SourceBarsTable bars={bars} />}
      />
      <Figure
        id="weeks"
        title={`Annotations per week, last ${WEEKS} weeks`}
        caption="How many annotations you saved each week (by the day you saved them)."
        empty={null}
        picture={<WeeklyChart weeks={weeks} />}
        table={<WeeklyTable weeks={weeks} />}
      />
    </div>
  );
}

function Figure(props: {
  readonly id: string;
  readonly title: string;
  readonly caption: string;
  readonly empty: string | null;
  readonly picture: preact.JSX.Element;
  readonly table: preact.JSX.Element;
}) {
  const [asTable, setAsTable] = useState(false);
  return (
    <figure class="figure" aria-labelledby={`${props.id}-heading`}>
      <div class="figure-head">
        <h2 id={`${props.id}-heading`}>{props.title}</h2>
        {!props.empty && (
          <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
            Show as table
          </button>
        )}
      </div>
      <figcaption class="muted">{props.caption}</figcaption>
      {props.empty ? <p class="empty muted">{props.empty}</p> : asTable ? props.table : props.picture}
    </figure>
  );
}
