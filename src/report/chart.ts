// trends.svg: for each topic (rows) and side (columns), one bar per meeting in date order, split by
// stance into the shares of the side's statements on that topic. A 100% stacked bar suits shares
// that sum to 1, and a meeting with no statement of a side on a topic shows as a gap, where a line
// would draw a trend through it; a lone meeting is still a full bar.

import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import * as vegaLite from 'vega-lite';
import { meetingKey, meetingLabels, meetingsOf } from '../aggregate/meetings.js';
import { distinct, type OrderOptions, sideComparator, topicComparator } from '../aggregate/order.js';
import type { TrendRow } from '../aggregate/trends.js';
import { STANCES, type Stance } from '../types.js';
import { STANCE_COLOURS } from './palette.js';

/**
 * One colour per stance, fixed, so a stance has the same colour in every chart whatever stances
 * occur. Okabe-Ito colours, told apart with the common colour-vision deficiencies: objection in
 * vermilion, agreement in green, presenting in blue, the unrecognised rest in grey.
 */

export interface ChartOptions extends OrderOptions {
  title?: string;
}

export function trendsChartSpec(trends: readonly TrendRow[], options: ChartOptions = {}): TopLevelSpec {
  const meetings = meetingsOf(trends);
  const labels = meetingLabels(meetings);
  const labelOf = new Map(meetings.map((meeting, index) => [meetingKey(meeting), labels[index]]));
  const topics = distinct(
    trends.map((row) => row.topic),
    topicComparator(options),
  );
  const sides = distinct(
    trends.map((row) => row.side),
    sideComparator(options),
  );
  const panel = (topic: string, side: string) => ({
    panel: `${topic} · ${side}`,
    panel_rank: topics.indexOf(topic) * sides.length + sides.indexOf(side),
    side,
    topic,
  });
  const values = trends.map((row) => ({
    ...panel(row.topic, row.side),
    meeting: labelOf.get(meetingKey(row)),
    stance: row.stance,
    stance_rank: STANCES.indexOf(row.stance),
    share: row.share_of_side_topic,
    statements: row.statements,
  }));
  // A zero-width bar for every topic and side that never spoke, so that the grid keeps one column
  // per side instead of wrapping the next topic's panels into the gap.
  const present = new Set(values.map((value) => value.panel));
  for (const topic of topics) {
    for (const side of sides) {
      if (present.has(`${topic} · ${side}`)) continue;
      values.push({
        ...panel(topic, side),
        meeting: labels[0],
        stance: 'other',
        stance_rank: STANCES.indexOf('other'),
        share: 0,
        statements: 0,
      });
    }
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: options.title ?? 'Stances by side, topic and meeting',
      subtitle:
        "Each bar: one side's statements on one topic in one meeting, split by stance. Meetings in date order.",
      anchor: 'start',
    },
    data: { values },
    // One panel per topic and side, wrapped into a grid with a column per side. A row x column
    // facet would read better, but vega 6.4 renders its cells one row below their headers when
    // drawn without a browser (renderer 'none'), labelling each panel with its neighbour's topic.
    facet: {
      field: 'panel',
      type: 'nominal',
      sort: { field: 'panel_rank', op: 'min' },
      title: null,
      header: { labelFontSize: 12, labelFontWeight: 'bold', labelAnchor: 'start' },
    },
    columns: Math.max(1, sides.length),
    spec: {
      width: 140,
      height: Math.max(20, 16 * meetings.length),
      mark: { type: 'bar', height: { band: 0.8 } },
      encoding: {
        y: {
          field: 'meeting',
          type: 'nominal',
          // The full domain lists every meeting in every panel, in date order, spoken in or not.
          scale: { domain: labels },
          title: null,
          axis: { labelLimit: 0 },
        },
        x: {
          field: 'share',
          type: 'quantitative',
          stack: 'zero',
          scale: { domain: [0, 1] },
          axis: { format: '.0%', tickCount: 2 },
          title: null,
        },
        color: {
          field: 'stance',
          type: 'nominal',
          // The full domain keeps each stance's colour and legend place when some stance never occurs.
          scale: { domain: [...STANCES], range: STANCES.map((s) => STANCE_COLOURS[s]) },
          legend: { title: 'stance', orient: 'top' },
        },
        // Stack in STANCES order, as the legend reads.
        order: { field: 'stance_rank', type: 'quantitative' },
        tooltip: [
          { field: 'meeting', type: 'nominal' },
          { field: 'stance', type: 'nominal' },
          { field: 'statements', type: 'quantitative' },
          { field: 'share', type: 'quantitative', format: '.1%' },
        ],
      },
    },
    resolve: { scale: { y: 'shared' } },
    config: { font: 'sans-serif', view: { stroke: '#ddd' } },
  };
}

export async function renderTrendsSvg(
  trends: readonly TrendRow[],
  options: ChartOptions = {},
): Promise<string> {
  const { spec } = vegaLite.compile(trendsChartSpec(trends, options));
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export { STANCE_COLOURS };
