// The readable reports printed when `--json` is not given. Every figure that is in the JSON is here too,
// undefined ones as "n/a"; a figure with an interval is printed as "0.958 [0.798, 0.993]", the way a
// paper's table gives it, and a line under the summary says how the intervals were made.
import type { AgreementReport } from './agreement.js';
import type { EvaluationReport, FieldScore } from './evaluate.js';
import { SCORED_FIELDS } from './evaluate.js';
import { UNMATCHED_LABEL } from './gold.js';
import type { IntervalMethod } from './intervals.js';
import { formatInterval, formatRatio, textTable } from './table.js';

/** "95% CI", "99% CI", "97.5% CI". */
function ciLabel(method: IntervalMethod): string {
  return `${Number((method.confidence * 100).toFixed(1))}% CI`;
}

function labelTable(score: FieldScore, ci: string): string {
  const rows = Object.entries(score.labels).map(([label, s]) => {
    const interval = score.ci.labels[label];
    return [
      label,
      formatInterval(s.precision, interval?.precision ?? null),
      formatInterval(s.recall, interval?.recall ?? null),
      formatInterval(s.f1, interval?.f1 ?? null),
      String(s.support),
    ];
  });
  return textTable(['label', `precision [${ci}]`, `recall [${ci}]`, `f1 [${ci}]`, 'support'], rows);
}

function confusionTable(score: FieldScore): string {
  const { labels, counts } = score.confusion;
  // The (unmatched) row is all zeros by construction: gold never carries that label.
  const rows = labels.flatMap((label, i) =>
    label === UNMATCHED_LABEL ? [] : [[label, ...(counts[i] ?? []).map(String)]],
  );
  return textTable(['gold \\ predicted', ...labels], rows);
}

function evaluationMethodLine(method: IntervalMethod): string {
  const { replicates, seed } = method.bootstrap;
  return (
    `${ciLabel(method)}: Wilson score for accuracy, precision and recall; percentile bootstrap for f1, ` +
    `macro-F1 and kappa (${replicates} resamples of each field's scored gold rows, seed ${seed}).`
  );
}

function notEvaluatedLine(report: EvaluationReport): string {
  const { rows, docs } = report.notEvaluated;
  const documents = docs.length === 1 ? 'document' : 'documents';
  return (
    `Not evaluated: ${rows} gold ${rows === 1 ? 'row' : 'rows'} of ${docs.length} ${documents} ` +
    `not among the inputs, left out of every figure: ${docs.join(', ')}`
  );
}

export function formatEvaluation(report: EvaluationReport): string {
  const parts: string[] = [];
  const ci = ciLabel(report.intervals);
  const header =
    `Gold rows ${report.statements}: matched ${report.matched}, unmatched ${report.unmatched.length}, ` +
    `ambiguous ${report.ambiguous.length}`;
  parts.push(report.notEvaluated.rows > 0 ? `${header}\n${notEvaluatedLine(report)}` : header);
  const summary = SCORED_FIELDS.map((field) => {
    const s = report[field];
    return [
      field,
      String(s.n),
      String(s.correct),
      formatInterval(s.accuracy, s.ci.accuracy),
      formatInterval(s.macroF1, s.ci.macroF1),
      formatInterval(s.kappa, s.ci.kappa),
    ];
  });
  const columns = ['field', 'rows', 'correct', `accuracy [${ci}]`, `macro-F1 [${ci}]`, `kappa [${ci}]`];
  parts.push(`${textTable(columns, summary)}\n${evaluationMethodLine(report.intervals)}`);
  for (const field of SCORED_FIELDS) {
    const score = report[field];
    if (score.n === 0) {
      parts.push(`${field}: no gold rows scored`);
      continue;
    }
    parts.push(
      `${field}\n${labelTable(score, ci)}\n\n${field} confusion (rows gold, columns predicted)\n${confusionTable(score)}`,
    );
  }
  if (report.unmatched.length > 0) {
    const rows = report.unmatched.map((u) => [`${u.file}:${u.line}`, u.doc, u.reason, u.snippet]);
    parts.push(
      `Unmatched gold rows (scored as wrong)\n${textTable(['gold', 'doc', 'reason', 'snippet'], rows, 'llll')}`,
    );
  }
  if (report.ambiguous.length > 0) {
    const rows = report.ambiguous.map((a) => [`${a.file}:${a.line}`, a.doc, String(a.candidates), a.snippet]);
    parts.push(
      `Ambiguous snippets (scored against the first statement)\n${textTable(['gold', 'doc', 'statements', 'snippet'], rows, 'llrl')}`,
    );
  }
  return `${parts.join('\n\n')}\n`;
}

export function formatAgreement(report: AgreementReport): string {
  const parts: string[] = [];
  parts.push(
    `Coders ${report.coders.join(', ')}: ${report.units} units, ${report.unpaired.length} coded by one coder only`,
  );
  const summary = SCORED_FIELDS.map((field) => {
    const s = report[field];
    return [
      field,
      String(s.units),
      formatRatio(s.percentAgreement),
      formatInterval(s.kappa, s.ci.kappa),
      formatInterval(s.alpha, s.ci.alpha),
    ];
  });
  const ci = ciLabel(report.intervals);
  const { replicates, seed } = report.intervals.bootstrap;
  parts.push(
    `${textTable(['field', 'units', 'agreement', `kappa [${ci}]`, `alpha [${ci}]`], summary)}\n` +
      `${ci}: percentile bootstrap (${replicates} resamples of the units coded by two or more coders, seed ${seed}).`,
  );
  if (report.disagreements.length > 0) {
    const rows = report.disagreements.map((d) => [
      d.doc,
      d.field,
      ...d.labels.map((l) => l ?? '-'),
      d.snippet,
    ]);
    parts.push(
      `Disagreements\n${textTable(['doc', 'field', ...report.coders, 'snippet'], rows, 'l'.repeat(rows[0]?.length ?? 0))}`,
    );
  } else {
    parts.push('No disagreements.');
  }
  if (report.unpaired.length > 0) {
    const rows = report.unpaired.map((u) => [u.doc, u.coder, u.snippet]);
    parts.push(
      `Coded by one coder only (not compared)\n${textTable(['doc', 'coder', 'snippet'], rows, 'lll')}`,
    );
  }
  return `${parts.join('\n\n')}\n`;
}
