// The evaluate job: analyse the inputs, score their statements against statement gold files and
// their meetings against meetings gold files. The CLI prints what this returns.

import type { Refusal } from '../ingest/read.js';
import { allStatementRows } from '../report/tables.js';
import { type AnalyzeOptions, analyzeInputs, readText } from '../run.js';
import { STANCES } from '../types.js';
import { type EvaluationReport, evaluateMatches } from './evaluate.js';
import { parseGold, preferredOnly } from './gold.js';
import { type GoldMatch, matchGold } from './match.js';
import { type MeetingsReport, parseMeetingsGold, scoreMeetings } from './meetings.js';

export interface EvaluateJob
  extends Pick<AnalyzeOptions, 'inputs' | 'codebook' | 'metadata' | 'encoding' | 'strict' | 'onRefused'> {
  /** Statement gold files (doc,snippet,side,stance,topic). */
  gold: readonly string[];
  /** Meetings gold files (doc,series,meeting,date). */
  meetingsGold?: readonly string[];
  /** Count only each gold row's preferred label, not its `|` alternatives. */
  preferredOnly?: boolean;
  seed?: number;
}

export interface EvaluateResult {
  report: EvaluationReport;
  matches: GoldMatch[];
  meetings: MeetingsReport | null;
  /** Inputs that could not be read as documents; the scores cover the others. */
  refused: Refusal[];
}

export function runEvaluate(job: EvaluateJob): EvaluateResult {
  const result = analyzeInputs({
    inputs: job.inputs,
    ...(job.codebook ? { codebook: job.codebook } : {}),
    ...(job.metadata ? { metadata: job.metadata } : {}),
    ...(job.encoding ? { encoding: job.encoding } : {}),
    ...(job.strict ? { strict: true } : {}),
    ...(job.onRefused ? { onRefused: job.onRefused } : {}),
  });
  const compiled = result.codebook.compiled;
  const vocabulary = {
    sides: [...compiled.parties.map((p) => p.id), 'both', 'none'],
    topics: [...compiled.topics.map((t) => t.id), 'general'],
  };
  const parsed = job.gold.flatMap((file) => parseGold(readText(file, 'GOLD_INVALID'), file, vocabulary));
  const gold = job.preferredOnly ? preferredOnly(parsed) : parsed;
  const documents = result.documents.map((document) => document.source.id);
  const matches = matchGold(allStatementRows(result.documents), gold, { documents });
  const report = evaluateMatches(
    matches,
    { side: vocabulary.sides, stance: [...STANCES], topic: vocabulary.topics },
    job.seed === undefined ? {} : { seed: job.seed },
  );
  const meetingsGold = (job.meetingsGold ?? []).flatMap((file) =>
    parseMeetingsGold(readText(file, 'GOLD_INVALID'), file),
  );
  const meetings = job.meetingsGold?.length ? scoreMeetings(result.documents, meetingsGold) : null;
  return { report, matches, meetings, refused: result.refused };
}
