// Inputs -> SourceDocuments. Folders are walked recursively in a fixed (code point) order so that
// a run's output never depends on the file system's listing order.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { DialogueStanceError } from '../errors.js';
import type { SourceDocument, SourceFormat } from '../types.js';
import { decodeText } from './decode.js';
import { extractHtml } from './html.js';
import { extractMarkdown } from './markdown.js';

const FORMAT_BY_EXTENSION: Record<string, SourceFormat> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

/** Files in a folder that document the folder rather than a meeting. */
const NOT_A_DOCUMENT = /^(readme|license|changelog|notes?)(\.[a-z]+)?$/i;

export function formatOf(path: string): SourceFormat | undefined {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
}

export function documentId(path: string): string {
  return basename(path, extname(path));
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The document files named by `inputs`: files as given (any supported extension), folders walked
 * recursively for supported files, skipping hidden entries and README-like files.
 */
export function listDocumentPaths(inputs: readonly string[]): string[] {
  const paths: string[] = [];
  for (const input of inputs) {
    const stats = statOrThrow(input);
    if (stats.isDirectory()) {
      walk(input, paths);
    } else if (formatOf(input)) {
      paths.push(input);
    } else {
      throw new DialogueStanceError(
        'INPUT_UNSUPPORTED',
        `${input}: unsupported file type; give .txt, .md or .html files, or folders of them`,
      );
    }
  }
  checkUniqueIds(paths);
  // Documents in id order, whatever the order of the inputs: same inputs, same reports.
  return paths.sort((a, b) => byCodePoint(documentId(a), documentId(b)));
}

function walk(folder: string, into: string[]): void {
  const names = readdirSync(folder).sort(byCodePoint);
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(folder, name);
    const stats = statSync(path);
    if (stats.isDirectory()) walk(path, into);
    else if (formatOf(name) && !NOT_A_DOCUMENT.test(name)) into.push(path);
  }
}

function statOrThrow(path: string) {
  try {
    return statSync(path);
  } catch {
    throw new DialogueStanceError('INPUT_NOT_FOUND', `${path}: no such file or folder`);
  }
}

function checkUniqueIds(paths: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const path of paths) {
    const id = documentId(path);
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      throw new DialogueStanceError(
        'INPUT_DUPLICATE_ID',
        `two inputs have the document id "${id}": ${earlier} and ${path}; rename one`,
      );
    }
    seen.set(id, path);
  }
}

/** Decodes one file's bytes into a SourceDocument (pure: the caller reads the file). */
export function toSourceDocument(path: string, bytes: Uint8Array): SourceDocument {
  const format = formatOf(path) ?? 'txt';
  const decoded = decodeText(bytes, path);
  const extracted =
    format === 'html' ? extractHtml(decoded) : format === 'md' ? extractMarkdown(decoded) : undefined;
  const text = extracted ? extracted.text : decoded;
  if (text.trim() === '') {
    throw new DialogueStanceError('INPUT_EMPTY', `${path}: has no text`);
  }
  return {
    id: documentId(path),
    path,
    format,
    bytes: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    text,
    hints: extracted ? extracted.hints : [],
  };
}

export function readDocument(path: string): SourceDocument {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new DialogueStanceError('INPUT_NOT_FOUND', `${path}: cannot be read`);
  }
  return toSourceDocument(path, bytes);
}

export function readDocuments(inputs: readonly string[]): SourceDocument[] {
  return listDocumentPaths(inputs).map(readDocument);
}
