// After tsc: bundle dist/vendor/vega.js (a re-export of vega and vega-lite, src/vendor/vega.ts)
// into one file in place, so drawing a chart loads one module instead of hundreds.
import { rolldown } from 'rolldown';

const FILE = 'dist/vendor/vega.js';
const bundle = await rolldown({ input: FILE, platform: 'node', logLevel: 'warn' });
await bundle.write({ file: FILE, format: 'esm', codeSplitting: false });
await bundle.close();
