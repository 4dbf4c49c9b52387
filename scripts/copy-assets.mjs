// After tsc: copy the files that modules read beside themselves at run time (the review page's
// stylesheet and browser script) from src/ to dist/, so a build or an installed package has them.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const ASSETS = ['report/review/client.js', 'report/review/review.css'];

for (const asset of ASSETS) {
  const target = `dist/${asset}`;
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(`src/${asset}`, target);
}
