// Reads gold files (ANNOTATION.md, "Gold files"): CSV with the columns doc,snippet,side,stance,topic,
// where a field may list acceptable alternatives separated by `|` (first = preferred). Every problem
// names the file, the line and the field, so a coder can fix the row without hunting for it.
import { parse } from 'csv-parse/sync';
import { DialogueStanceError } from '../errors.js';
import { STANCES } from '../types.js';

export interface GoldRow {
  doc: string;
  /** The snippet as written in the file (trimmed); match.ts folds it for matching. */
  snippet: string;
  /** Acceptable values, preferred first; never empty. */
  side: string[];
  stance: string[];
  /** Acceptable topics, preferred first; empty when the row's topic is not scored. */
  topic: string[];
  /** Where the row came from, for messages and reports. */
  file: string;
  /** 1-based line on which the row starts. */
  line: number;
}

export interface GoldVocabulary {
  /** When given, every side (topic) alternative must be one of these ids. Stances are always checked. */
  sides?: readonly string[];
  topics?: readonly string[];
}

export const GOLD_COLUMNS = ['doc', 'snippet', 'side', 'stance', 'topic'] as const;
type GoldColumn = (typeof GOLD_COLUMNS)[number];

/** Reserved for the predicted column of a gold row no statement matched; no gold label may use it. */
export const UNMATCHED_LABEL = '(unmatched)';

function goldError(file: string, line: number, message: string): DialogueStanceError {
  return new DialogueStanceError('GOLD_INVALID', `${file}:${line}: ${message}`);
}

function readRecords(csvText: string, file: string): { record: string[]; line: number }[] {
  try {
    const parsed = parse(csvText, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true, // checked below, with a message that names the gold file
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    // info.lines is the line a record ends on; a quoted field may span lines, and we want the first.
    return parsed.map(({ record, info }) => {
      const innerBreaks = record.join('').match(/\r\n|\r|\n/g)?.length ?? 0;
      return { record, line: info.lines - innerBreaks };
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw goldError(file, line, `not readable as CSV: ${(error as Error).message}`);
  }
}

function columnIndexes(header: string[], file: string): Record<GoldColumn, number> {
  const names = header.map((name) => name.trim());
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw goldError(file, 1, `column "${name}" appears twice in the header`);
    seen.add(name);
  }
  const missing = GOLD_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    throw goldError(
      file,
      1,
      `header lacks ${missing.join(', ')} (a gold file starts with ${GOLD_COLUMNS.join(',')})`,
    );
  }
  // Further columns (a coder's note, say) are allowed and ignored, as score-gold.mjs ignores them.
  return Object.fromEntries(GOLD_COLUMNS.map((column) => [column, names.indexOf(column)])) as Record<
    GoldColumn,
    number
  >;
}

function alternatives(
  value: string,
  field: GoldColumn,
  allowed: readonly string[] | undefined,
  where: { file: string; line: number },
): string[] {
  const values = value.split('|').map((part) => part.trim());
  for (const part of values) {
    if (part === '') throw goldError(where.file, where.line, `${field} "${value}" has an empty alternative`);
    if (part === UNMATCHED_LABEL) throw goldError(where.file, where.line, `${field} "${part}" is reserved`);
    if (allowed && !allowed.includes(part)) {
      throw goldError(where.file, where.line, `${field} "${part}" is not one of ${allowed.join(', ')}`);
    }
  }
  return values;
}

/** Parses one gold file; `fileName` is only used to label rows and messages. */
export function parseGold(csvText: string, fileName: string, vocabulary: GoldVocabulary = {}): GoldRow[] {
  const [header, ...body] = readRecords(csvText, fileName);
  if (!header) throw goldError(fileName, 1, `is empty (a gold file starts with ${GOLD_COLUMNS.join(',')})`);
  const index = columnIndexes(header.record, fileName);
  return body.map(({ record, line }) => {
    const where = { file: fileName, line };
    if (record.length !== header.record.length) {
      throw goldError(fileName, line, `has ${record.length} fields, the header ${header.record.length}`);
    }
    const cell = (column: GoldColumn): string => (record[index[column]] ?? '').trim();
    for (const column of ['doc', 'snippet', 'side', 'stance'] as const) {
      if (cell(column) === '') throw goldError(fileName, line, `${column} is empty`);
    }
    const topic = cell('topic');
    return {
      doc: cell('doc'),
      snippet: cell('snippet'),
      side: alternatives(cell('side'), 'side', vocabulary.sides, where),
      stance: alternatives(cell('stance'), 'stance', STANCES, where),
      topic: topic === '' ? [] : alternatives(topic, 'topic', vocabulary.topics, where),
      file: fileName,
      line,
    };
  });
}

/** Gold rows with only their preferred labels: scores that count no `|` alternative (strict). */
export function preferredOnly(rows: readonly GoldRow[]): GoldRow[] {
  return rows.map((row) => ({
    ...row,
    side: row.side.slice(0, 1),
    stance: row.stance.slice(0, 1),
    topic: row.topic.slice(0, 1),
  }));
}
