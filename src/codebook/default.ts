// The default codebook, loaded once per process for callers that do not name one (the library's
// convenience signatures; the CLI loads its codebook explicitly).
import type { CompiledCodebook } from './compile.js';
import { loadCodebook } from './load.js';

let loaded: CompiledCodebook | undefined;

export function defaultCodebook(): CompiledCodebook {
  loaded ??= loadCodebook().compiled;
  return loaded;
}
