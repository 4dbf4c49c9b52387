// The readable reports printed when `--json` is not given. Every figure that is in the JSON is here too,
// undefined ones as "n/a".
import type { AgreementReport } from './agreement.js';
import type { EvaluationReport, FieldScore } from './evaluate.js';
import { SCORED_FIELDS } from './evaluate.js';
import { UNMATCHED_LABEL } from './gold.js';
import { formatRatio, textTable } from './table.js';

function labelTable(score: FieldScore): string {
  const rows = Object.entries(score.labels).map(([label, s]) => [
    label,
    formatRatio(s.precision),
    formatRatio(s.recall),
    formatRatio(s.f1),
    String(s.support),
  ]);
  return textTable(['label', 'precision', 'recall', 'f1', 'support'], rows);
}

function confusionTable(score: FieldScore): string {
  const { labels, counts } = score.confusion;
  // The (unmatched) row is all zeros by construction: gold never carries that label.
  const rows = labels.flatMap((label, i) =>
    label === UNMATCHED_LABEL ? [] : [[label, ...(counts[i] ?? []).map(String)]],
  );
  return textTable(['gold \\ predicted', ...labels], rows);
}

export function formatEvaluation(report: EvaluationReport): string {
  const parts: string[] = [];
  parts.push(
    `Gold rows ${report.statements}: matched ${report.matched}, unmatched ${report.unmatched.length}, ` +
      `ambiguous ${report.ambiguous.length}`,
  );
  const summary = SCORED_FIELDS.map((field) => {
    const s = report[field];
    return [
      field,
      String(s.n),
      String(s.correct),
      formatRatio(s.accuracy),
      formatRatio(s.macroF1),
      formatRatio(s.kappa),
    ];
  });
  parts.push(textTable(['field', 'rows', 'correct', 'accuracy', 'macro-F1', 'kappa'], summary));
  for (const field of SCORED_FIELDS) {
    const score = report[field];
    if (score.n === 0) {
      parts.push(`${field}: no gold rows scored`);
      continue;
    }
    parts.push(
      `${field}\n${labelTable(score)}\n\n${field} confusion (rows gold, columns predicted)\n${confusionTable(score)}`,
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
      formatRatio(s.kappa),
      formatRatio(s.alpha),
    ];
  });
  parts.push(textTable(['field', 'units', 'agreement', 'kappa', 'alpha'], summary));
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
