// trends.svg: an overview per series that still reads at fifty meetings. Topics down (only those
// the series spoke on), one band per side within each topic, meetings across in date order; a cell
// is coloured by the side's dominant stance on the topic in that meeting, as changes.csv decides it,
// and carries the stance's mark and the side's statement count there. A white cell: nothing said.
//
// A grid of cells, not bars: one rect and one text per side, topic and meeting with statements,
// so the file grows with what was said (meetings x topics), never with empty panels. Topic and
// side rows are one band scale with a heading row per topic, and series are stacked views: vega
// 6.4 drawn without a browser misplaces the cells of a row x column facet (one row below their
// headers), and it places a row facet's left-hand headers by its estimate of their width, which
// leaves topic names ragged.
import type { TopLevelSpec } from 'vega-lite';
import { DOMINANCE_ORDER, dominantCells } from '../aggregate/changes.js';
import type { Meeting } from '../aggregate/meetings.js';
import { distinct, type OrderOptions, sideComparator, topicComparator } from '../aggregate/order.js';
import type { TrendRow } from '../aggregate/trends.js';
import { STANCES } from '../types.js';
import { STANCE_COLOURS, STANCE_STYLES } from './palette.js';
import { seriesTitle, timelines } from './timelines.js';
import { PAGE_WIDTH, renderSvg, STANCE_INK, STANCE_SCALE, stackedSeries, stanceLegend } from './vega.js';

export interface ChartOptions extends OrderOptions {
  title?: string;
  /**
   * Further meetings, e.g. every document of the run, so that a meeting where no party spoke
   * still has its (empty) column in its series. The meetings of the trend rows always have one.
   */
  meetings?: readonly Meeting[];
}

/** Height of one side's band, in pixels: room for a 9-pixel count. */
const BAND = 13;
/** Room left of the cells for a topic and a side label. */
const LABELS = 180;
/**
 * A meeting's column shrinks with the meetings of the longest series to fit PAGE_WIDTH (fifty
 * meetings: 20 pixels), but never below what "▲12" needs; a longer series scrolls sideways
 * rather than drop its counts. Above MAX_STEP a cell would only look emptier.
 */
const MIN_STEP = 18;
const MAX_STEP = 40;

const WHITE_INK = STANCES.filter((stance) => STANCE_INK[stance] === '#fff');

/**
 * The rows of a series' view: per topic a heading row, then one band per side. Their keys are
 * positions ("2" for the third topic's heading, "2.0" for its first side), so any topic or side
 * id is safe in them; the axis reads its labels from a table. A topic's name starts left of the
 * side names and runs over its heading row, which holds no cells; a side's name ends at the axis.
 */
export function topicRows(topics: readonly string[], sides: readonly string[]) {
  const labels: Record<string, string> = {};
  const domain: string[] = [];
  topics.forEach((topic, t) => {
    domain.push(String(t));
    labels[String(t)] = topic;
    sides.forEach((side, s) => {
      domain.push(`${t}.${s}`);
      labels[`${t}.${s}`] = side;
    });
  });
  const isHeading = "indexof(datum.value, '.') < 0";
  // Far enough left for the longest side name at 10 pixels (about 6.5 pixels a character).
  const sideLabels = 8 + Math.ceil(6.5 * Math.max(0, ...sides.map((side) => side.length)));
  const topicIndex = new Map(topics.map((topic, t) => [topic, t]));
  const sideIndex = new Map(sides.map((side, s) => [side, s]));
  return {
    domain,
    key: (topic: string, side: string) => `${topicIndex.get(topic)}.${sideIndex.get(side)}`,
    axis: {
      title: null,
      ticks: false,
      domain: false,
      labelExpr: `${JSON.stringify(labels)}[datum.value]`,
      labelAlign: { condition: { test: isHeading, value: 'left' as const }, value: 'right' as const },
      labelPadding: { condition: { test: isHeading, value: sideLabels }, value: 3 },
      labelFontWeight: { condition: { test: isHeading, value: 'bold' as const }, value: 'normal' as const },
      labelFontSize: 10,
      labelLimit: 0,
    },
  };
}

export function meetingStep(meetings: number): number {
  const fit = Math.floor((PAGE_WIDTH - LABELS) / Math.max(1, meetings));
  return Math.min(MAX_STEP, Math.max(MIN_STEP, fit));
}

/** How dominance is decided, in words, from the order the code uses. */
export function dominanceNote(): string {
  const order = DOMINANCE_ORDER.map((stance) => STANCE_STYLES[stance].label);
  return `Colour and mark: the stance with most of them; a tie goes to ${order.join(', then ')}.`;
}

export function trendsChartSpec(trends: readonly TrendRow[], options: ChartOptions = {}): TopLevelSpec {
  const sides = distinct(
    trends.map((row) => row.side),
    sideComparator(options),
  );
  const compareTopics = topicComparator(options);
  const series = timelines(dominantCells(trends), options.meetings);
  const step = meetingStep(Math.max(0, ...series.map(({ labels }) => labels.length)));

  const views = series.map(({ series, rows, labels, labelOf }) => {
    const rowsOf = topicRows(
      distinct(
        rows.map((cell) => cell.topic),
        compareTopics,
      ),
      sides,
    );
    return {
      title: seriesTitle(series),
      data: {
        values: rows.map((cell) => ({
          meeting: labelOf(cell),
          row: rowsOf.key(cell.topic, cell.side),
          stance: cell.stance,
          label: `${STANCE_STYLES[cell.stance].mark}${cell.statements}`,
        })),
      },
      width: { step },
      height: { step: BAND },
      encoding: {
        x: {
          field: 'meeting',
          type: 'ordinal' as const,
          // Every meeting of the series, spoken in or not, so the columns keep their date order.
          scale: { domain: labels, paddingInner: 0.1, paddingOuter: 0.05, round: true },
          axis: { orient: 'top' as const, title: null, labelAngle: -90, labelPadding: 2, ticks: false },
        },
        y: {
          field: 'row',
          type: 'nominal' as const,
          scale: { domain: rowsOf.domain, paddingInner: 0.1, paddingOuter: 0, round: true },
          axis: rowsOf.axis,
        },
      },
      layer: [
        {
          mark: { type: 'rect' as const },
          encoding: {
            color: { field: 'stance', type: 'nominal' as const, scale: STANCE_SCALE, legend: stanceLegend() },
          },
        },
        {
          mark: { type: 'text' as const, fontSize: 9, baseline: 'middle' as const },
          encoding: {
            text: { field: 'label', type: 'nominal' as const },
            // Black or white by the fill (see `inkOn`): a condition, which draws no legend of its own.
            color: {
              condition: { test: `indexof(${JSON.stringify(WHITE_INK)}, datum.stance) >= 0`, value: '#fff' },
              value: '#000',
            },
          },
        },
      ],
    };
  });

  return stackedSeries(
    options.title ?? 'Dominant stance by topic, side and meeting',
    [
      "Each cell: one side on one topic in one meeting, with the number of the side's statements there; white: none.",
      dominanceNote(),
    ],
    views,
  );
}

export async function renderTrendsSvg(
  trends: readonly TrendRow[],
  options: ChartOptions = {},
): Promise<string> {
  return renderSvg(trendsChartSpec(trends, options));
}

export { STANCE_COLOURS };
