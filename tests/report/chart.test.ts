import { describe, expect, it } from 'vitest';
import { trendRows } from '../../src/aggregate/trends.js';
import { renderTrendsSvg, STANCE_COLOURS, trendsChartSpec } from '../../src/report/chart.js';
import { STANCES } from '../../src/types.js';
import { CORPUS, TOPICS } from '../aggregate/fixtures.js';

const trends = trendRows(CORPUS, { topics: TOPICS });
const seed = trendRows(CORPUS.filter((row) => row.doc === 'a12'));

// The parts of the spec the tests look at; vega-lite's own types are a wide union.
interface Inspected {
  columns: number;
  data: { values: { panel: string; panel_rank: number; statements: number }[] };
  spec: {
    encoding: {
      y: { scale: { domain: string[] } };
      color: { scale: { domain: string[]; range: string[] } };
    };
  };
}

describe('trendsChartSpec', () => {
  const spec = trendsChartSpec(trends, { topics: TOPICS }) as unknown as Inspected;

  it('lists meetings in date order', () => {
    expect(spec.spec.encoding.y.scale.domain).toEqual([
      '2021-11-17 #12 Japan-EU ICT Strategy Workshop',
      '2022-05-12 #1 Japan-EU Digital Partnership Council',
      '2022-06-01 #13 Japan-EU ICT Strategy Workshop',
      '2023-03-01 #14 Japan-EU ICT Strategy Workshop',
      '2023-07-03 #2 Japan-EU Digital Partnership Council',
    ]);
  });

  it('gives every stance its own fixed colour, even stances that do not occur', () => {
    const seedSpec = trendsChartSpec(seed) as unknown as Inspected;
    for (const { color } of [spec.spec.encoding, seedSpec.spec.encoding]) {
      expect(color.scale.domain).toEqual([...STANCES]);
      expect(color.scale.range).toEqual(STANCES.map((stance) => STANCE_COLOURS[stance]));
    }
    expect(new Set(Object.values(STANCE_COLOURS)).size).toBe(STANCES.length);
  });

  it('lays panels out topic by topic, one column per side, in codebook order', () => {
    const ranked = [...spec.data.values].sort((a, b) => a.panel_rank - b.panel_rank).map((v) => v.panel);
    const panels = ranked.filter((panel, i) => ranked.indexOf(panel) === i);
    const expected = ['platform', 'data', 'ai'].flatMap((topic) =>
      ['japan', 'eu', 'both'].map((side) => `${topic} · ${side}`),
    );
    expect(panels).toEqual(expected);
    expect(spec.columns).toBe(3);
  });
});

describe('renderTrendsSvg', () => {
  it('renders the same bytes for the same trends', async () => {
    const first = await renderTrendsSvg(trends, { topics: TOPICS });
    expect(first.startsWith('<svg')).toBe(true);
    expect(await renderTrendsSvg(trends, { topics: TOPICS })).toBe(first);
  });

  it('draws bars for a single meeting', async () => {
    const svg = await renderTrendsSvg(seed);
    expect(svg).toContain('2021-11-17 #12 Japan-EU ICT Strategy Workshop');
    // One bar segment per trend row, in its stance's colour, plus an empty one per silent panel.
    for (const row of seed) expect(svg).toContain(`fill="${STANCE_COLOURS[row.stance]}"`);
    const silent = (trendsChartSpec(seed) as unknown as Inspected).data.values.filter(
      (v) => v.statements === 0,
    );
    expect(svg.match(/<path[^>]*aria-roledescription="bar"/g)?.length).toBe(seed.length + silent.length);
  });

  it('renders without trends', async () => {
    expect((await renderTrendsSvg([])).startsWith('<svg')).toBe(true);
  });
});
