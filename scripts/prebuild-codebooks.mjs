// After tsc: the default codebook's derived data (its cue inflections, and the fact that it is
// valid) is computed now, into dist/codebook/prebuilt/, where codebook/cache.ts looks when its
// own cache has no entry: no run of the default codebook then loads compromise (half a second)
// or ajv, not even the first after an install. The entry is named by the built tool's
// fingerprint and the codebook's hash, so a rebuilt tool or an edited codebook never reads it.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('../dist/codebook/prebuilt/', import.meta.url));
rmSync(folder, { recursive: true, force: true });
// The cache writes its entry here; being empty, neither it nor the prebuilt folder (the same one)
// can answer, so the codebook is validated and every language part compiled afresh.
process.env.DIALOGUE_STANCE_CACHE = folder;
const { loadCodebook } = await import('../dist/codebook/load.js');
const { compiled } = loadCodebook();
for (const id of compiled.languages) compiled.language(id);
