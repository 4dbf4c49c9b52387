import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SYNTHETIC_TOPICS, syntheticStatements } from '../../bench/synthetic-trends.mjs';
import { trendRows } from '../../src/aggregate/trends.js';
import {
  meetingStep,
  renderTrendsSvg,
  STANCE_COLOURS,
  topicRows,
  trendsChartSpec,
} from '../../src/report/chart.js';
import { renderSharesSvg, sharesChartSpec, shareWindow } from '../../src/report/shares-chart.js';
import { inkOn, STANCE_INK } from '../../src/report/vega.js';
import { mulberry32 } from '../../src/stats/random.js';
import { STANCES } from '../../src/types.js';
import { CORPUS, TOPICS } from '../aggregate/fixtures.js';

const trends = trendRows(CORPUS, { topics: TOPICS });
const seed = trendRows(CORPUS.filter((row) => row.doc === 'a12'));

// The parts of the specs the tests look at; vega-lite's own types are a wide union.
interface Layer {
  encoding?: { color?: { scale?: { domain: string[]; range: string[] } } };
}
interface TrendsView {
  title: { text: string };
  data: { values: { meeting: string; row: string; stance: string; label: string }[] };
  encoding: { x: { scale: { domain: string[] } }; y: { scale: { domain: string[] } } };
  layer: Layer[];
}
interface SharesView {
  title: { text: string };
  data: { values: { meeting: string; side: string; stance: string; share: number; mark: string | null }[] };
  spec: { encoding: { x: { scale: { domain: string[] } } } };
}
const trendsViews = (spec: unknown) => (spec as { vconcat: TrendsView[] }).vconcat;
const sharesViews = (spec: unknown) => (spec as { vconcat: SharesView[] }).vconcat;

/** Golden files: written when absent, rewritten with UPDATE=1, compared byte for byte otherwise. */
function expectGolden(name: string, actual: string): void {
  const path = join('tests/fixtures/charts', name);
  if (process.env.UPDATE === '1' || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('trendsChartSpec', () => {
  const views = trendsViews(trendsChartSpec(trends, { topics: TOPICS }));
  const [dpc, ict] = views as [TrendsView, TrendsView];

  it('draws one view per series, its meetings in date order under short labels', () => {
    expect(views.map((view) => view.title.text)).toEqual([
      'Japan-EU Digital Partnership Council',
      'Japan-EU ICT Strategy Workshop',
    ]);
    expect(dpc.encoding.x.scale.domain).toEqual(['#1 2022', '#2 2023']);
    expect(ict.encoding.x.scale.domain).toEqual(['#12 2021', '#13 2022', '#14 2023']);
  });

  it("lists a series' own topics in codebook order, each a heading row and a band per side", () => {
    // The Council spoke on data and ai only; the codebook lists platform first.
    expect(dpc.encoding.y.scale.domain).toEqual(['0', '0.0', '0.1', '0.2', '1', '1.0', '1.1', '1.2']);
    const rows = topicRows(['data', 'ai'], ['japan', 'eu', 'both']);
    expect(rows.domain).toEqual(dpc.encoding.y.scale.domain);
    expect(rows.key('ai', 'eu')).toBe('1.1');
    expect(rows.axis.labelExpr).toContain('"0":"data"');
    expect(rows.axis.labelExpr).toContain('"1.2":"both"');
  });

  // [series view, meeting, topic row, stance, label]: each cell as dominantStance reads it.
  const cells: [number, string, string, string, string][] = [
    [1, '#12 2021', '2.0', 'explained', '●3'], // japan ai: explained 2, raised 1
    [1, '#13 2022', '2.0', 'raised_issues', '▲2'], // japan ai: a 1-1 tie goes to raised issues
    [1, '#12 2021', '0.0', 'raised_issues', '▲1'], // japan platform
    [1, '#14 2023', '1.1', 'concurred', '◆1'], // eu data
    [0, '#1 2022', '0.1', 'raised_issues', '▲1'], // eu data at the Council
  ];
  it.each(cells)(
    'colours view %i, %s, row %s by the dominant stance, %s, with %s',
    (view, meeting, row, stance, label) => {
      const cell = views[view]?.data.values.filter((value) => value.meeting === meeting && value.row === row);
      expect(cell).toEqual([{ meeting, row, stance, label }]);
    },
  );

  it('gives every stance its own fixed colour, even stances that do not occur', () => {
    for (const spec of [trendsChartSpec(trends), trendsChartSpec(seed)]) {
      const color = trendsViews(spec)[0]?.layer[0]?.encoding?.color?.scale;
      expect(color?.domain).toEqual([...STANCES]);
      expect(color?.range).toEqual(STANCES.map((stance) => STANCE_COLOURS[stance]));
    }
    expect(new Set(Object.values(STANCE_COLOURS)).size).toBe(STANCES.length);
  });

  // [meetings in the longest series, pixels per meeting]
  const steps: [number, number][] = [
    [1, 40],
    [5, 40],
    [25, 40],
    [50, 20],
    [56, 18],
    [600, 18],
  ];
  it.each(steps)('gives %i meetings columns of %i pixels (50 fit in 1,200)', (meetings, step) => {
    expect(meetingStep(meetings)).toBe(step);
  });
});

describe('sharesChartSpec', () => {
  const views = sharesViews(sharesChartSpec(trends, { topics: TOPICS }));

  it("gives each stance's share of a side's statements per meeting, zeros included", () => {
    const japanAt12 = views[1]?.data.values.filter((v) => v.meeting === '#12 2021' && v.side === 'japan');
    expect(japanAt12?.map((v) => [v.stance, v.share, v.mark])).toEqual([
      ['explained', 0.5, '●'],
      ['raised_issues', 0.5, '▲'],
      ['concurred', 0, '◆'],
      ['other', 0, '○'],
    ]);
  });

  it('leaves out the meetings where a side said nothing', () => {
    const bothAt13 = views[1]?.data.values.filter((v) => v.meeting === '#13 2022' && v.side === 'both');
    expect(bothAt13).toEqual([]);
  });

  // [meetings in the longest series, meetings each point pools]
  const windows: [number, number][] = [
    [1, 1],
    [25, 1],
    [26, 2],
    [50, 2],
    [200, 8],
  ];
  it.each(windows)('pools a series of %i meetings by %i', (meetings, window) => {
    expect(shareWindow(meetings)).toBe(window);
  });
});

describe('inkOn', () => {
  it('writes white on the dark blue and black on the other stance colours', () => {
    expect(STANCE_INK).toEqual({
      explained: '#fff',
      raised_issues: '#000',
      concurred: '#000',
      other: '#000',
    });
    expect([inkOn('#000000'), inkOn('#ffffff')]).toEqual(['#fff', '#000']);
  });
});

describe('the charts as SVG', () => {
  it('match the golden files for the five-meeting corpus, without a warning from vega', async () => {
    const warn = vi.spyOn(console, 'warn');
    expectGolden('trends.svg', await renderTrendsSvg(trends, { topics: TOPICS }));
    expectGolden('shares.svg', await renderSharesSvg(trends, { topics: TOPICS }));
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('draw each cell once, in its stance colour, with one count and no aria text of its own', async () => {
    const svg = await renderTrendsSvg(seed);
    const cells = trendsViews(trendsChartSpec(seed))[0]?.data.values ?? [];
    expect(svg.match(/<path d="[^"]*" fill="#[0-9A-F]{6}"\/>/g)?.length).toBe(cells.length);
    for (const cell of cells) expect(svg).toContain(`>${cell.label}</text>`);
    // Titles keep theirs; a mark's generated one would repeat its fields as text.
    const ariaLabels = [...svg.matchAll(/aria-label="([^"]*)"/g)].map((match) => match[1]);
    expect(ariaLabels.filter((label) => !/^(Sub)?[tT]itle text/.test(label ?? ''))).toEqual([]);
    expect(svg).not.toContain('@font-face');
  });

  it('render without trends', async () => {
    expect((await renderTrendsSvg([])).startsWith('<svg')).toBe(true);
    expect((await renderSharesSvg([])).startsWith('<svg')).toBe(true);
  });

  // Measured: 1,371,047 and 356,503 bytes (BENCHMARKS.md, "Charts"); the limits leave some room.
  it('stay under 1.5 MB (trends) and 0.5 MB (shares) for 600 meetings x 15 topics', async () => {
    const many = trendRows(syntheticStatements({ meetings: 600, series: 3, random: mulberry32(1) }), {
      topics: SYNTHETIC_TOPICS,
    });
    const half = trendRows(syntheticStatements({ meetings: 300, series: 3, random: mulberry32(1) }), {
      topics: SYNTHETIC_TOPICS,
    });
    const [trendsSvg, sharesSvg, halfTrendsSvg] = await Promise.all([
      renderTrendsSvg(many, { topics: SYNTHETIC_TOPICS }),
      renderSharesSvg(many, { topics: SYNTHETIC_TOPICS }),
      renderTrendsSvg(half, { topics: SYNTHETIC_TOPICS }),
    ]);
    const bytes = (svg: string) => Buffer.byteLength(svg);
    expect(bytes(trendsSvg)).toBeLessThan(1_500_000);
    expect(bytes(sharesSvg)).toBeLessThan(500_000);
    // Linear: twice the meetings, about twice the bytes (the cells), not four times.
    expect(bytes(trendsSvg) / bytes(halfTrendsSvg)).toBeLessThan(2.2);
  });
});

describe('vega', () => {
  it('is imported lazily: no module but the renderer imports it for its values', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
      );
    const eager = files('src')
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => /^import (?!type )[^;]*from 'vega(-lite)?'/m.test(readFileSync(file, 'utf8')));
    expect(eager).toEqual([]);
  });
});
