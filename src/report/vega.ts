// What the charts share: drawing a Vega-Lite spec to SVG, the page they are laid out for, and the
// stance colours, marks and legend of palette.ts in Vega-Lite's terms.
import type { TopLevelSpec } from 'vega-lite';
import { STANCES, type Stance } from '../types.js';
import { STANCE_COLOURS, STANCE_STYLES } from './palette.js';

const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** The width a chart should fit at 50 meetings: a page, or a laptop screen, without scrolling. */
export const PAGE_WIDTH = 1200;

/** vega and vega-lite, loaded once (a chart thread loads them before it is asked to draw). */
export function loadVega() {
  return import('../vendor/vega.js');
}

/**
 * Draws a spec as SVG without a browser: vega's renderer 'none' needs no canvas, and text widths
 * come from vega's own estimate, so the bytes are the same on every machine. vega and vega-lite
 * (about half a second to load; a quarter bundled, see src/vendor/vega.ts) are imported here, on the first chart drawn, so that `--help`,
 * `evaluate` and the library's other paths never load them.
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const vega = await loadVega();
  const view = new vega.View(vega.parse(vega.compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * The colour scale of every chart: the full domain keeps each stance's colour and legend place
 * when some stance never occurs.
 */
export const STANCE_SCALE = {
  domain: [...STANCES],
  range: STANCES.map((stance) => STANCE_COLOURS[stance]),
};

/** "▲ raised issues": the legend names each stance with its mark, as the cells and points show it. */
export function stanceLegend() {
  const labels = Object.fromEntries(
    STANCES.map((s) => [s, `${STANCE_STYLES[s].mark} ${STANCE_STYLES[s].label}`]),
  );
  return {
    title: null,
    orient: 'top' as const,
    direction: 'horizontal' as const,
    labelExpr: `${JSON.stringify(labels)}[datum.value]`,
  };
}

/**
 * Black or white, whichever stands out more on the colour (WCAG contrast ratio), so a count stays
 * legible on every stance's fill; derived, not listed, so a change of palette carries it along.
 */
export function inkOn(colour: string): '#000' | '#fff' {
  const channels = [1, 3, 5].map((at) => {
    const value = Number.parseInt(colour.slice(at, at + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = channels;
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000' : '#fff';
}

export const STANCE_INK: Readonly<Record<Stance, string>> = Object.fromEntries(
  STANCES.map((stance) => [stance, inkOn(STANCE_COLOURS[stance])]),
) as Record<Stance, string>;

/** Chart text in the viewer's sans-serif: nothing embedded, so the file grows with its data only. */
const BASE_CONFIG = {
  font: 'sans-serif',
  // No generated aria-label per mark: it would repeat every cell's fields as text, several times
  // the bytes of the cell itself. The title, subtitle and legend say what the marks mean.
  aria: false,
  view: { stroke: '#ddd' },
} as const;

/**
 * A chart of stacked views, one per series, under one title and note; one shared colour scale
 * gives one legend. Without views (no party said anything), a line saying so.
 */
export function stackedSeries(title: string, subtitle: string[], views: readonly object[]): TopLevelSpec {
  const body =
    views.length > 0
      ? { vconcat: views, spacing: 20 }
      : { data: { values: [{}] }, mark: { type: 'text', text: 'No statement of either side.' } };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, subtitle, anchor: 'start', subtitleFontSize: 11 },
    ...body,
    config: { ...BASE_CONFIG, axis: { labelFontSize: 10 } },
  } as TopLevelSpec;
}
