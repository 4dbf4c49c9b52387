// The parts of vega and vega-lite the charts use, in one module. The build (scripts/bundle-vega.mjs)
// replaces its compiled copy in dist/ with a single bundled file: the packages' hundreds of ES
// modules (vega-*, d3-*) cost several times their code's own evaluation to resolve and load one by
// one, at every run that draws a chart. Unbundled (the tests run the sources) it is the same code.
export { parse, View } from 'vega';
export { compile } from 'vega-lite';
