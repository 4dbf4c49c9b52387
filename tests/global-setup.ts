// Tests that spawn the CLI run it as built: the build (as `npm run build` makes it: compile, copy
// the assets, bundle vega, prebuild the default codebook's cache entry) runs once, before any test
// file, so no two test files write dist/ at the same time while a third runs it.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
  execFileSync(process.execPath, ['scripts/copy-assets.mjs'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/bundle-vega.mjs'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/prebuild-codebooks.mjs'], { stdio: 'inherit' });
}
