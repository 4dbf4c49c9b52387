// keyness: the terms that most distinguish the statements of a target (a side, a period, or both)
// from those of a reference, each with its counts, G2, chi2, p and log ratio (stats/keyness.ts),
// overall or within each topic or meeting. Terms are what each language gives (lang/terms.ts):
// English stems, Japanese words, function words left out.
import type { CompiledCodebook } from '../codebook/compile.js';
import { DialogueStanceError } from '../errors.js';
import { type KeyTermReader, keyTermReader } from '../lang/terms.js';
import type { LanguageId } from '../lang/types.js';
import { keynessMeasures } from '../stats/keyness.js';
import type { AnalyzedDocument, StatementRow } from '../types.js';
import { inRange, type MeetingRange } from './options.js';
import { type Located, locate, matchesFilter, type StatementFilter } from './select.js';

/** One side of the comparison: a side's statements, those of a range of meetings, or both at once. */
export interface KeynessSelection {
  side?: string;
  meetings?: MeetingRange;
}

export interface KeynessOptions {
  target: KeynessSelection;
  reference: KeynessSelection;
  /** Compare within each topic or each meeting instead of over all statements. */
  by?: 'topic' | 'meeting';
  /** Keep the N terms most over-represented in the target and the N most in the reference. */
  top?: number;
  /** Leave out terms counted fewer times than this on both sides together (default 1). */
  minCount?: number;
  /** Statements outside the filter count on neither side. */
  filter?: StatementFilter;
  /**
   * Count the words that name a statement's actor too ("the Japanese side"). Left out by default:
   * each side names itself, which says nothing about what it talks about.
   */
  keepActorWords?: boolean;
}

export const KEYNESS_COLUMNS = [
  'group',
  'term',
  'word',
  'target',
  'reference',
  'target_total',
  'reference_total',
  'g2',
  'chi2',
  'p',
  'log_ratio',
] as const;

export interface KeynessRow {
  /** The topic id or meeting ("Japan-EU ICT Strategy Workshop #12") with `by`, else "". */
  group: string;
  /** The term as counted (an English stem). */
  term: string;
  /** Its most frequent word form. */
  word: string;
  target: number;
  reference: number;
  target_total: number;
  reference_total: number;
  g2: number;
  chi2: number;
  p: number;
  log_ratio: number;
}

const invalid = (message: string): never => {
  throw new DialogueStanceError('OPTION_INVALID', message);
};

const describe = (selection: KeynessSelection): string =>
  [
    selection.side,
    selection.meetings &&
      `meetings ${selection.meetings.from}..${Number.isFinite(selection.meetings.to) ? selection.meetings.to : ''}`,
  ]
    .filter(Boolean)
    .join(', ');

function checkSelections(options: KeynessOptions): void {
  const { target, reference } = options;
  if (!target.side && !target.meetings)
    invalid('keyness needs a target: --target SIDE or --target-meetings A..B');
  if (!reference.side && !reference.meetings)
    invalid('keyness needs a reference: --reference SIDE or --reference-meetings C..D');
  if (describe(target) === describe(reference))
    invalid(`the target and the reference are the same statements (${describe(target)})`);
  if (options.by === 'meeting' && (target.meetings || reference.meetings))
    invalid(
      '--by meeting compares within each meeting: it cannot go with --target-meetings or --reference-meetings',
    );
}

const selects = (selection: KeynessSelection, row: StatementRow): boolean =>
  (selection.side === undefined || row.side === selection.side) &&
  (selection.meetings === undefined || inRange(selection.meetings, row.meeting));

interface Counts {
  target: Map<string, number>;
  reference: Map<string, number>;
  targetTotal: number;
  referenceTotal: number;
}

const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** The group of a statement, and the order groups are reported in. */
function grouping(options: KeynessOptions, codebook: CompiledCodebook, located: readonly Located[]) {
  if (options.by === 'topic') {
    const order = [...codebook.topics.map((t) => t.id), 'general'];
    return { of: (l: Located) => l.row.topic, order };
  }
  if (options.by === 'meeting') {
    const name = (row: StatementRow) =>
      row.meeting === null ? row.series || row.doc : `${row.series} #${row.meeting}`.trim();
    const rows = located.map((l) => l.row);
    rows.sort(
      (a, b) =>
        (a.date ?? '').localeCompare(b.date ?? '') ||
        a.series.localeCompare(b.series) ||
        (a.meeting ?? 0) - (b.meeting ?? 0),
    );
    return { of: (l: Located) => name(l.row), order: [...new Set(rows.map(name))] };
  }
  return { of: () => '', order: [''] };
}

/** The keyness of every term, group by group, each group sorted by G2 (the target's terms first). */
export function keyness(
  documents: readonly AnalyzedDocument[],
  codebook: CompiledCodebook,
  options: KeynessOptions,
): KeynessRow[] {
  checkSelections(options);
  const filter = options.filter ?? {};
  const located = locate(documents).filter((l) => matchesFilter(l.row, filter));
  const inTarget = located.filter((l) => selects(options.target, l.row));
  const inReference = located.filter((l) => selects(options.reference, l.row));
  const referenceSet = new Set(inReference);
  const shared = inTarget.filter((l) => referenceSet.has(l)).length;
  if (shared > 0)
    invalid(
      `the target and the reference share ${shared} statements: make them disjoint (sides or meetings)`,
    );

  const readers = new Map<LanguageId, KeyTermReader>();
  const termsOf = (l: Located) => {
    let reader = readers.get(l.document.lang);
    if (!reader) {
      reader = keyTermReader(l.document.lang, codebook.source, codebook.source.name);
      readers.set(l.document.lang, reader);
    }
    return reader(codebook.language(l.document.lang).tokenize(withoutActor(l, options), 0));
  };

  const group = grouping(options, codebook, located);
  const counts = new Map<string, Counts>();
  const words = new Map<string, Map<string, number>>();
  const count = (l: Located, side: 'target' | 'reference') => {
    const key = group.of(l);
    let c = counts.get(key);
    if (!c) {
      c = { target: new Map(), reference: new Map(), targetTotal: 0, referenceTotal: 0 };
      counts.set(key, c);
    }
    for (const { term, word } of termsOf(l)) {
      add(c[side], term);
      if (side === 'target') c.targetTotal++;
      else c.referenceTotal++;
      let forms = words.get(term);
      if (!forms) {
        forms = new Map();
        words.set(term, forms);
      }
      add(forms, word);
    }
  };
  for (const l of inTarget) count(l, 'target');
  for (const l of inReference) count(l, 'reference');

  const minCount = options.minCount ?? 1;
  const rows: KeynessRow[] = [];
  for (const key of group.order) {
    const c = counts.get(key);
    if (!c || c.targetTotal === 0 || c.referenceTotal === 0) continue;
    const groupRows: KeynessRow[] = [];
    for (const term of new Set([...c.target.keys(), ...c.reference.keys()])) {
      const a = c.target.get(term) ?? 0;
      const b = c.reference.get(term) ?? 0;
      if (a + b < minCount) continue;
      const measures = keynessMeasures(a, b, c.targetTotal, c.referenceTotal);
      groupRows.push({
        group: key,
        term,
        word: mostFrequent(words.get(term) ?? new Map()),
        target: a,
        reference: b,
        target_total: c.targetTotal,
        reference_total: c.referenceTotal,
        g2: measures.g2,
        chi2: measures.chi2,
        p: measures.p,
        log_ratio: measures.logRatio,
      });
    }
    groupRows.sort((x, y) => y.g2 - x.g2 || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
    rows.push(...(options.top === undefined ? groupRows : ends(groupRows, options.top)));
  }
  return rows;
}

/** The statement's words, less those its actor was read from (where they stand in it as written). */
function withoutActor({ statement }: Located, options: KeynessOptions): string {
  const { words } = statement.why.actor;
  if (options.keepActorWords || words === '') return statement.text;
  return statement.text.replace(words, ' ');
}

/** The N rows of highest G2 above 0 and the N of lowest below 0. */
function ends(sorted: readonly KeynessRow[], top: number): KeynessRow[] {
  const over = sorted.filter((row) => row.g2 > 0).slice(0, top);
  const under = sorted.filter((row) => row.g2 < 0);
  return [...over, ...under.slice(Math.max(0, under.length - top))];
}

function mostFrequent(forms: ReadonlyMap<string, number>): string {
  let best = '';
  let most = 0;
  for (const [word, n] of forms) if (n > most || (n === most && word < best)) [best, most] = [word, n];
  return best;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** The rows as CSV cells: G2, chi2 and the log ratio to 4 decimals, p to 4 significant digits. */
export function keynessCells(row: KeynessRow): (string | number)[] {
  return [
    row.group,
    row.term,
    row.word,
    row.target,
    row.reference,
    row.target_total,
    row.reference_total,
    round(row.g2, 4),
    round(row.chi2, 4),
    Number(row.p.toPrecision(4)),
    round(row.log_ratio, 4),
  ];
}
