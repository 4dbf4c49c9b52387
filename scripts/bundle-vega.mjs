// After tsc: bundle dist/vendor/vega.js (a re-export of vega and vega-lite, src/vendor/vega.ts)
// into one file in place, so drawing a chart loads one module instead of hundreds.
//
// In the bundle, 'vega' is a slim module of its own (SLIM_VEGA): the package registers every
// transform it has (maps, force layouts, word clouds, voronoi, ...) and so pulls in all of d3; the
// charts are Vega-Lite specs, whose compiled Vega uses only the core data, view and encoding
// transforms. An unknown transform fails loudly ("Unrecognized transform type"), and the tests draw
// every kind of chart from the built CLI. Minified, the bundle parses in about half the time:
// drawing the seed's two charts starts 100 ms sooner.
import { rolldown } from 'rolldown';

const FILE = 'dist/vendor/vega.js';
const SLIM_VEGA = '\0slim-vega';
const SLIM_SOURCE = `
import { transforms } from 'vega-dataflow';
import * as encode from 'vega-encode';
import * as tx from 'vega-transforms';
import * as vtx from 'vega-view-transforms';
Object.assign(transforms, tx, vtx, encode);
export * from 'vega-util';
export { parse } from 'vega-parser';
export { View } from 'vega-view';
`;

const slimVega = {
  name: 'slim-vega',
  resolveId: (source) => (source === 'vega' ? SLIM_VEGA : null),
  load: (id) => (id === SLIM_VEGA ? SLIM_SOURCE : null),
};

const bundle = await rolldown({ input: FILE, platform: 'node', logLevel: 'warn', plugins: [slimVega] });
await bundle.write({ file: FILE, format: 'esm', codeSplitting: false, minify: true });
await bundle.close();
