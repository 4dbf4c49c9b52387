// The review page: data builder and template (see data.ts and page.ts).
import type { AnalysisResult } from '../../run.js';
import { type ReviewDataOptions, reviewData } from './data.js';
import { renderReviewPage } from './page.js';

export {
  corpusFingerprint,
  cueSpans,
  type ReviewData,
  type ReviewDataOptions,
  type ReviewDocument,
  type ReviewStatement,
  reviewData,
  SNIPPET_MIN_WORDS,
  snippetSpan,
  wordSpans,
} from './data.js';
export { jsonForScript, renderReviewPage } from './page.js';

/** review.html for an analysed corpus. */
export function buildReviewPage(result: AnalysisResult, options: ReviewDataOptions = {}): string {
  return renderReviewPage(reviewData(result, options));
}
