// metadata.csv: what a researcher knows better than the text (series names, meeting numbers,
// dates) plus any further document variables, carried into the reports like quanteda's docvars.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { parse as Parse } from 'csv-parse/sync';
import { DialogueStanceError } from './errors.js';
import { decodeText } from './ingest/decode.js';
import { LANGUAGE_IDS, type LanguageId } from './lang/types.js';
import type { MetadataOverride } from './pipeline.js';

export type MetadataOverrides = Map<string, MetadataOverride>;

/**
 * csv-parse, required when a metadata.csv is read (its CommonJS build, the same code): a run
 * without one, as most are, does not load its dozen modules.
 */
let parser: typeof Parse | undefined;
const parse: typeof Parse = (...args: Parameters<typeof Parse>) => {
  parser ??= (createRequire(import.meta.url)('csv-parse/sync') as typeof import('csv-parse/sync')).parse;
  return parser(...args);
};

export const METADATA_FILE = 'metadata.csv';
const KNOWN = ['doc', 'series', 'meeting', 'date', 'title', 'release_date', 'lang', 'publisher'];

/** metadata.csv at the top of each input folder. */
export function findMetadataFiles(inputs: readonly string[]): string[] {
  return inputs
    .filter((input) => existsSync(input) && statSync(input).isDirectory())
    .map((folder) => join(folder, METADATA_FILE))
    .filter((file) => existsSync(file));
}

function fail(file: string, line: number, message: string): never {
  throw new DialogueStanceError('METADATA_INVALID', `${file}:${line}: ${message}`);
}

export function parseMetadata(text: string, file: string): MetadataOverrides {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<
      string,
      string
    >[];
  } catch (error) {
    throw new DialogueStanceError(
      'METADATA_INVALID',
      `${file}: not valid CSV (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (
    !header
      .split(',')
      .map((h) => h.trim().replace(/^"|"$/g, ''))
      .includes('doc')
  ) {
    fail(file, 1, 'needs a "doc" column with the document ids (file names without extension)');
  }
  const overrides: MetadataOverrides = new Map();
  records.forEach((record, i) => {
    const line = i + 2;
    const doc = record.doc ?? '';
    if (doc === '') fail(file, line, 'empty "doc"');
    if (overrides.has(doc)) fail(file, line, `document "${doc}" is listed twice`);
    const value: MetadataOverride = {};
    if (record.lang) {
      if (!(LANGUAGE_IDS as readonly string[]).includes(record.lang))
        fail(file, line, `"lang" must be one of ${LANGUAGE_IDS.join(', ')}, not "${record.lang}"`);
      value.lang = record.lang as LanguageId;
    }
    if (record.series) value.series = record.series;
    // A side id (japan, eu, both); checked against the codebook when the document is analysed.
    if (record.publisher) value.publisher = record.publisher;
    if (record.title) value.title = record.title;
    if (record.meeting) {
      if (!/^\d+$/.test(record.meeting))
        fail(file, line, `"meeting" must be a whole number, not "${record.meeting}"`);
      value.meeting = Number(record.meeting);
    }
    for (const [column, key] of [
      ['date', 'date'],
      ['release_date', 'releaseDate'],
    ] as const) {
      const date = record[column];
      if (!date) continue;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
        fail(file, line, `"${column}" must be a date like 2021-11-17, not "${date}"`);
      value[key] = date;
    }
    value.extra = Object.fromEntries(Object.entries(record).filter(([key]) => !KNOWN.includes(key)));
    overrides.set(doc, value);
  });
  return overrides;
}

export function loadMetadata(file: string): MetadataOverrides {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new DialogueStanceError('METADATA_INVALID', `${file}: cannot be read`);
  }
  // Decoded like a document (Excel on a Japanese system saves CSV as Shift_JIS), and as strictly:
  // a cell with replacement characters would silently fail to match or override.
  let text: string;
  try {
    text = decodeText(bytes, file);
  } catch (error) {
    throw new DialogueStanceError('METADATA_INVALID', error instanceof Error ? error.message : String(error));
  }
  return parseMetadata(text, file);
}
