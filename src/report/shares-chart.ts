// shares.svg: is a side raising more issues, or concurring more, as a series goes on? Per series a
// row of small multiples, one per side: the share of each stance in the side's statements at each
// meeting (all topics together; in a long series, pooled over the last few meetings), a line per
// stance through the meetings in date order, marked with the stance's mark, so the lines are told
// apart without their colours.
//
// Lines rather than stacked areas: the question is about one stance at a time, and a line reads
// against the axis from zero, where a stacked band floats on the bands below it.
import type { TopLevelSpec } from 'vega-lite';
import { distinct, sideComparator } from '../aggregate/order.js';
import { stanceShares } from '../aggregate/shares.js';
import type { TrendRow } from '../aggregate/trends.js';
import type { ChartOptions } from './chart.js';
import { STANCE_STYLES } from './palette.js';
import { seriesTitle, timelines } from './timelines.js';
import { PAGE_WIDTH, renderSvg, STANCE_SCALE, stackedSeries, stanceLegend } from './vega.js';

const PANEL_HEIGHT = 130;
/** Room for the share axis of the first panel and the gaps between panels. */
const PANEL_MARGIN = 60;
/** A label about every 14 pixels at most: rotated text 10 pixels high, with air between. */
const LABEL_SPACING = 14;
/** A mark about every 12 pixels at most along a line, so that marks never pile into a smear. */
const MARK_SPACING = 12;
/**
 * About as many pooled windows as a panel shows apart: up to 25 meetings a series, each meeting
 * alone; beyond, each point pools the last ceil(meetings / 25) meetings.
 */
const WINDOWS = 25;

/** How many meetings each point pools, from the meetings of the longest series. */
export function shareWindow(meetings: number): number {
  return Math.max(1, Math.ceil(meetings / WINDOWS));
}

/** Every n-th of `count` items, so that they stand `spacing` pixels apart or more over `width`. */
export function everyNth(count: number, width: number, spacing: number): number {
  return Math.max(1, Math.ceil((count * spacing) / Math.max(1, width)));
}

export function sharesChartSpec(trends: readonly TrendRow[], options: ChartOptions = {}): TopLevelSpec {
  const sides = distinct(
    trends.map((row) => row.side),
    sideComparator(options),
  );
  const width = Math.floor((PAGE_WIDTH - PANEL_MARGIN) / Math.max(1, sides.length)) - 20;
  const longest = Math.max(0, ...timelines(trends, options.meetings).map(({ labels }) => labels.length));
  const window = shareWindow(longest);
  const series = timelines(stanceShares(trends, { ...options, window }), options.meetings);

  const views = series.map(({ series, rows, labels, indexOf }) => {
    // Labels and marks every n-th meeting, counted back from the last, which always has both.
    const labelEvery = everyNth(labels.length, width, LABEL_SPACING);
    const markEvery = everyNth(labels.length, width, MARK_SPACING);
    const last = labels.length - 1;
    return {
      title: seriesTitle(series),
      data: {
        values: [
          ...rows.map((row) => ({
            meeting: labels[indexOf(row)],
            side: row.side,
            stance: row.stance,
            share: row.share,
            mark: (last - indexOf(row)) % markEvery === 0 ? STANCE_STYLES[row.stance].mark : null,
          })),
          // A facet has a panel only for values it is given: a side silent all series long gets
          // one empty value (no share, no mark: nothing drawn), so every side keeps its column.
          ...sides
            .filter((side) => !rows.some((row) => row.side === side))
            .map((side) => ({ meeting: labels[0], side, stance: 'other', share: null, mark: null })),
        ],
      },
      facet: {
        column: {
          field: 'side',
          type: 'nominal' as const,
          sort: sides,
          title: null,
          header: { labelFontWeight: 'bold' as const, labelFontSize: 11, labelAnchor: 'start' as const },
        },
      },
      spacing: { column: 20 },
      spec: {
        width,
        height: PANEL_HEIGHT,
        encoding: {
          x: {
            field: 'meeting',
            type: 'ordinal' as const,
            // Every meeting of the series in date order, so a side's silent meetings keep their place.
            scale: { domain: labels, type: 'point' as const, padding: 0.5 },
            axis: {
              title: null,
              // Upright where a label has room (a few meetings), else turned.
              labelAngle: width / labels.length >= 60 ? 0 : -90,
              values: labels.filter((_, index) => (last - index) % labelEvery === 0),
            },
          },
          y: {
            field: 'share',
            type: 'quantitative' as const,
            scale: { domain: [0, 1] },
            axis: { title: null, format: '.0%', tickCount: 4 },
          },
          color: { field: 'stance', type: 'nominal' as const, scale: STANCE_SCALE, legend: stanceLegend() },
        },
        layer: [
          { mark: { type: 'line' as const, strokeWidth: 1.5 } },
          {
            transform: [{ filter: 'datum.mark !== null' }],
            mark: { type: 'text' as const, fontSize: 10, baseline: 'middle' as const },
            encoding: { text: { field: 'mark', type: 'nominal' as const } },
          },
        ],
      },
    };
  });

  const thinned = series.some(({ labels }) => everyNth(labels.length, width, MARK_SPACING) > 1);
  const pooled =
    window === 1
      ? "A point: the stance's share of the side's statements in the meeting, all topics together."
      : `A point: the stance's share of the side's statements in the last ${window} meetings of the series, all topics together.`;
  return stackedSeries(
    options.title ?? "Share of each stance in a side's statements, meeting by meeting",
    [
      pooled,
      `Where a side said nothing, its lines join the meetings either side${thinned ? '; a long series shows a mark every few meetings' : ''}.`,
    ],
    views,
  );
}

export async function renderSharesSvg(
  trends: readonly TrendRow[],
  options: ChartOptions = {},
): Promise<string> {
  return renderSvg(sharesChartSpec(trends, options));
}
