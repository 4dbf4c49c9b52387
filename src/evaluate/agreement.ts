// Inter-coder reliability between gold files that code the same snippets. A unit is a (doc, snippet)
// pair, the snippet folded as for matching so that re-typed whitespace or quotes do not split a unit.
// A coder's label is their preferred (first) value; an empty topic is a missing value, which
// Krippendorff's alpha allows. Kappa and alpha come with bootstrap intervals over the units (intervals.ts).
import { DialogueStanceError } from '../errors.js';
import type { ScoredField } from './evaluate.js';
import { SCORED_FIELDS } from './evaluate.js';
import type { GoldRow } from './gold.js';
import type { AgreementIntervals, IntervalMethod, IntervalOptions } from './intervals.js';
import { agreementIntervalMethod, agreementIntervals } from './intervals.js';
import { foldForMatch } from './match.js';
import type { ReliabilityUnit } from './metrics.js';
import { cohensKappa, krippendorffAlphaNominal, percentAgreement } from './metrics.js';

export interface Coder {
  /** How reports name the coder, e.g. the gold file's name. */
  name: string;
  rows: readonly GoldRow[];
}

export interface FieldAgreement {
  /** Units that at least two coders coded on this field; only these are compared. */
  units: number;
  /** Agreeing share of coder pairs, pooled over units. */
  percentAgreement: number | null;
  /** Cohen's kappa over the units both coded; null unless there are exactly two coders. */
  kappa: number | null;
  /** Krippendorff's alpha, nominal. */
  alpha: number | null;
  /** Bootstrap intervals of kappa and alpha, resampling the `units`; null where the figure is. */
  ci: AgreementIntervals;
}

export interface CoderDisagreement {
  doc: string;
  snippet: string;
  field: ScoredField;
  /** Each coder's label, in the order of `AgreementReport.coders`; null where they gave none. */
  labels: (string | null)[];
}

export interface UnpairedUnit {
  doc: string;
  snippet: string;
  /** The one coder who coded it. */
  coder: string;
}

export interface AgreementReport {
  coders: string[];
  /** Distinct (doc, snippet) units over all coders. */
  units: number;
  side: FieldAgreement;
  stance: FieldAgreement;
  topic: FieldAgreement;
  disagreements: CoderDisagreement[];
  /** Units only one coder coded: nothing to compare them with, listed so they are not lost silently. */
  unpaired: UnpairedUnit[];
  /** How the `ci` intervals were made: level, bootstrap replicates and seed. */
  intervals: IntervalMethod;
}

interface Unit {
  doc: string;
  snippet: string;
  /** Per coder, that coder's row for the unit. */
  rows: (GoldRow | undefined)[];
}

function alignUnits(coders: readonly Coder[]): Unit[] {
  const units = new Map<string, Unit>();
  coders.forEach((coder, c) => {
    for (const row of coder.rows) {
      const key = `${row.doc}\u0000${foldForMatch(row.snippet)}`;
      const unit = units.get(key) ?? {
        doc: row.doc,
        snippet: row.snippet,
        rows: coders.map(() => undefined),
      };
      const earlier = unit.rows[c];
      if (earlier) {
        // Two labels from one coder for one unit: no way to tell which they meant.
        throw new DialogueStanceError(
          'GOLD_INVALID',
          `${row.file}:${row.line}: ${row.doc} snippet "${row.snippet}" is coded again (first at line ${earlier.line})`,
        );
      }
      unit.rows[c] = row;
      units.set(key, unit);
    }
  });
  return [...units.values()];
}

function fieldAgreement(
  values: ReliabilityUnit[],
  coderCount: number,
  options: IntervalOptions,
): FieldAgreement {
  const pairable = values.filter((unit) => unit.filter((value) => value !== null).length >= 2);
  // With two coders a pairable unit is one both coded: exactly the items Cohen's kappa compares.
  const pairs = pairable.map(([a, b]) => [a ?? '', b ?? ''] as const);
  return {
    units: pairable.length,
    percentAgreement: percentAgreement(values),
    kappa: coderCount === 2 ? cohensKappa(pairs) : null,
    alpha: krippendorffAlphaNominal(values),
    ci: agreementIntervals(values, coderCount, options),
  };
}

export function agreement(coders: readonly Coder[], options: IntervalOptions = {}): AgreementReport {
  if (coders.length < 2) {
    throw new DialogueStanceError(
      'OPTION_INVALID',
      `agreement needs at least two gold files, got ${coders.length}`,
    );
  }
  const units = alignUnits(coders);
  const labelsFor = (unit: Unit, field: ScoredField): (string | null)[] =>
    unit.rows.map((row) => row?.[field][0] ?? null);
  const disagreements: CoderDisagreement[] = [];
  for (const unit of units) {
    for (const field of SCORED_FIELDS) {
      const labels = labelsFor(unit, field);
      if (new Set(labels.filter((label) => label !== null)).size > 1) {
        disagreements.push({ doc: unit.doc, snippet: unit.snippet, field, labels });
      }
    }
  }
  const unpaired = units.flatMap((unit) => {
    const coded = unit.rows.flatMap((row, c) => (row ? [coders[c]?.name ?? ''] : []));
    return coded.length === 1 ? [{ doc: unit.doc, snippet: unit.snippet, coder: coded[0] ?? '' }] : [];
  });
  const field = (name: ScoredField): FieldAgreement =>
    fieldAgreement(
      units.map((unit) => labelsFor(unit, name)),
      coders.length,
      options,
    );
  return {
    coders: coders.map((coder) => coder.name),
    units: units.length,
    side: field('side'),
    stance: field('stance'),
    topic: field('topic'),
    disagreements,
    unpaired,
    intervals: agreementIntervalMethod(options),
  };
}
