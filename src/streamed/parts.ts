// Everything a streamed run takes from one analysed document, made in one pure step: its spool
// lines, its digest, what it leaves unmatched and its part of the corpus fingerprint. A worker
// thread makes these beside the analysis and posts back only them (strings and small arrays, cheap
// to copy between threads), so the main thread only writes and merges, in run order. With one
// thread the same function runs on the main thread, so the reports are the same either way.
import type { SeriesMatcher } from '../codebook/types.js';
import type { CsvOptions } from '../report/csv.js';
import { fingerprintPart } from '../report/review/data.js';
import { type UnmatchedFind, unmatchedFinds } from '../report/unmatched.js';
import type { AnalyzedDocument } from '../types.js';
import { type DigestParts, digestParts } from './digest.js';
import { type SpoolLines, spoolLines } from './spools.js';

export interface DocumentParts {
  /** The document's place in the run, from 0: its spool lines are numbered with it. */
  ordinal: number;
  lines: SpoolLines;
  digest: DigestParts;
  unmatched: UnmatchedFind[];
  /** Its part of corpusFingerprint's hash. */
  fingerprint: string;
}

export interface PartsOptions {
  csv: CsvOptions;
  /** The codebook's series: a series it does not know is reported unmatched. */
  series: SeriesMatcher | undefined;
}

export function documentParts(
  document: AnalyzedDocument,
  ordinal: number,
  options: PartsOptions,
): DocumentParts {
  return {
    ordinal,
    lines: spoolLines(document, ordinal, options.csv),
    digest: digestParts(document),
    unmatched: unmatchedFinds(document, options.series),
    fingerprint: fingerprintPart(document),
  };
}
