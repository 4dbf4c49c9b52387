// Inputs -> SourceDocuments. Folders are walked recursively in a fixed (code point) order so that
// a run's output never depends on the file system's listing order.
//
// At corpus scale some files will be bad: a PDF saved as .txt, an empty download, a link to a
// file that moved. Such a file is *refused* (a Refusal naming it and why) and the run goes on with
// the others; only mistakes in what the user typed (a path that does not exist, a .pdf named
// directly, two documents with one id) stop the run.
import { createHash } from 'node:crypto';
import {
  type Dirent,
  lstatSync,
  readdirSync,
  readFileSync,
  realpathSync,
  type Stats,
  statSync,
} from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { DialogueStanceError, type ErrorCode, isDialogueStanceError, isRefusal } from '../errors.js';
import type { SourceDocument, SourceFormat } from '../types.js';
import { decodeBytes } from './decode.js';
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

/**
 * The largest file read as a document. A meeting summary is kilobytes; past this a file is
 * something else, and reading it whole would only end in an out-of-memory crash.
 */
export const MAX_DOCUMENT_BYTES = 128 * 1024 * 1024;

/** A file that cannot be read as a document, and why. */
export interface Refusal {
  path: string;
  code: ErrorCode;
  /** What is wrong, without the path: "contains NUL bytes; not a text file". */
  reason: string;
}

export interface ReadOptions {
  /** An encoding label for every input, overriding detection (`--encoding`). */
  encoding?: string;
  /** Folders never walked into: the run's own output folders, which may sit inside an input. */
  exclude?: readonly string[];
  /** Throw the first refusal instead of going on (`--strict`). */
  strict?: boolean;
  /** Told of each refusal as it happens, so a long run reports it at once. */
  onRefused?: (refusal: Refusal) => void;
}

export function formatOf(path: string): SourceFormat | undefined {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
}

export function documentId(path: string): string {
  return basename(path, extname(path));
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function refused(path: string, code: ErrorCode, reason: string): DialogueStanceError {
  return new DialogueStanceError(code, `${path}: ${reason}`);
}

/** The Refusal an error stands for (its message starts with the path). */
export function toRefusal(path: string, error: DialogueStanceError): Refusal {
  const prefix = `${path}: `;
  const reason = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  return { path, code: error.code, reason };
}

/** What a failed file system call means to a user, from its error code. */
export function fileProblem(error: unknown): { code: ErrorCode; reason: string } {
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (errno) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { code: 'INPUT_NOT_FOUND', reason: 'no such file or folder' };
    case 'ELOOP':
      return { code: 'INPUT_SYMLINK_LOOP', reason: 'is a symbolic link loop' };
    case 'EACCES':
    case 'EPERM':
      return { code: 'INPUT_UNREADABLE', reason: 'cannot be read: permission denied' };
    case 'EISDIR':
      return { code: 'INPUT_UNREADABLE', reason: 'cannot be read: is a folder' };
    case 'ENAMETOOLONG':
      return { code: 'INPUT_UNREADABLE', reason: 'cannot be read: the path is too long' };
    case 'EIO':
      return { code: 'INPUT_UNREADABLE', reason: 'cannot be read: input/output error' };
    default:
      return { code: 'INPUT_UNREADABLE', reason: `cannot be read${errno ? ` (${errno})` : ''}` };
  }
}

/** stat() of a path that lstat() found, refusing broken links and loops. */
function statFound(path: string, link: boolean): Stats {
  try {
    return statSync(path);
  } catch (error) {
    const problem = fileProblem(error);
    if (link && problem.code === 'INPUT_NOT_FOUND')
      throw refused(path, 'INPUT_SYMLINK_BROKEN', 'is a broken symbolic link (its target does not exist)');
    throw refused(path, problem.code, problem.reason);
  }
}

/** A path as given on the command line that does not exist is a usage error, not a refusal. */
function lstatInput(path: string): Stats {
  try {
    return lstatSync(path);
  } catch (error) {
    const problem = fileProblem(error);
    if (problem.code === 'INPUT_NOT_FOUND')
      throw new DialogueStanceError('INPUT_NOT_FOUND', `${path}: no such file or folder`);
    throw refused(path, problem.code, problem.reason);
  }
}

export interface InputListing {
  /** The document files, in document id order. */
  paths: string[];
  refused: Refusal[];
}

/** Walks the inputs once. One instance per listing: it holds the sets that keep the walk bounded. */
class InputWalker {
  readonly candidates = new Map<string, string>(); // file identity -> path
  readonly refused: Refusal[] = [];
  private readonly visited = new Set<string>(); // real paths of folders walked
  private readonly exclude: Set<string>;

  constructor(
    exclude: readonly string[],
    private readonly options: ReadOptions,
  ) {
    this.exclude = new Set(exclude.map(realOrResolved));
  }

  refuse(error: DialogueStanceError, path: string): void {
    if (this.options.strict) throw error;
    const refusal = toRefusal(path, error);
    this.refused.push(refusal);
    this.options.onRefused?.(refusal);
  }

  input(input: string): void {
    try {
      const own = lstatInput(input);
      const stats = own.isSymbolicLink() ? statFound(input, true) : own;
      if (stats.isDirectory()) this.folder(input, []);
      else if (!formatOf(input))
        throw new DialogueStanceError(
          'INPUT_UNSUPPORTED',
          `${input}: unsupported file type; give .txt, .md or .html files, or folders of them`,
        );
      else this.file(input, stats);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      this.refuse(error, input);
    }
  }

  private file(path: string, stats: Stats): void {
    if (!stats.isFile()) throw refused(path, 'INPUT_UNREADABLE', 'is not a regular file');
    // The same file reached twice (given twice, or through a link) is read once, under the
    // smallest of its paths, so the choice does not depend on the order of the inputs.
    const identity = `${stats.dev}:${stats.ino}`;
    const earlier = this.candidates.get(identity);
    if (earlier === undefined || byCodePoint(path, earlier) < 0) this.candidates.set(identity, path);
  }

  /** `ancestors`: real paths of the folders above this one in the current walk, to see loops. */
  private folder(folder: string, ancestors: readonly string[]): void {
    const real = realOrResolved(folder);
    if (ancestors.includes(real))
      throw refused(
        folder,
        'INPUT_SYMLINK_LOOP',
        'is a symbolic link loop (it leads back to a folder above it)',
      );
    // Reached before by another path (an input given twice, a link to a sibling): walked once.
    if (this.visited.has(real)) return;
    this.visited.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      const problem = fileProblem(error);
      throw refused(folder, problem.code, problem.reason);
    }
    entries.sort((a, b) => byCodePoint(a.name, b.name));
    const below = [...ancestors, real];
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      try {
        this.entry(path, entry, below);
      } catch (error) {
        if (!isRefusal(error)) throw error;
        this.refuse(error, path);
      }
    }
  }

  private entry(path: string, entry: Dirent, ancestors: readonly string[]): void {
    const link = entry.isSymbolicLink();
    // Links, and entries whose type the file system does not report, need a stat to tell.
    const unknown = !(entry.isFile() || entry.isDirectory() || link);
    const stats = link || unknown ? statFound(path, link) : undefined;
    if (entry.isDirectory() || stats?.isDirectory()) {
      if (!this.exclude.has(realOrResolved(path))) this.folder(path, ancestors);
      return;
    }
    if (!formatOf(entry.name) || NOT_A_DOCUMENT.test(entry.name)) return;
    this.file(path, stats ?? statFound(path, false));
  }
}

/** The real path of an existing path, else the absolute one (an output folder not made yet). */
function realOrResolved(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}

/**
 * The document files named by `inputs`, and the files refused on the way: files as given (any
 * supported extension), folders walked recursively for supported files, skipping hidden entries,
 * README-like files and the `exclude`d folders. Each folder and file is visited once, however many
 * inputs or links lead to it, so links cannot make the walk loop.
 */
export function listInputs(inputs: readonly string[], options: ReadOptions = {}): InputListing {
  const walker = new InputWalker(options.exclude ?? [], options);
  for (const input of inputs) walker.input(input);
  const paths = [...walker.candidates.values()];
  checkUniqueIds(paths);
  // Documents in id order, whatever the order of the inputs: same inputs, same reports.
  paths.sort((a, b) => byCodePoint(documentId(a), documentId(b)));
  return { paths, refused: walker.refused };
}

/** The document files named by `inputs`; the first file that would be refused is thrown. */
export function listDocumentPaths(inputs: readonly string[]): string[] {
  return listInputs(inputs, { strict: true }).paths;
}

function checkUniqueIds(paths: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const path of [...paths].sort(byCodePoint)) {
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
export function toSourceDocument(
  path: string,
  bytes: Uint8Array,
  options: Pick<ReadOptions, 'encoding'> = {},
): SourceDocument {
  if (bytes.byteLength === 0) throw refused(path, 'INPUT_EMPTY', 'has no text (the file is empty)');
  const format = formatOf(path) ?? 'txt';
  const { text: decoded, encoding } = decodeBytes(bytes, path, {
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    html: format === 'html',
  });
  if (decoded.trim() === '')
    throw refused(
      path,
      'INPUT_EMPTY',
      decoded === '' ? 'has no text (the file is empty)' : 'has no text, only white space',
    );
  const extracted =
    format === 'html' ? extractHtml(decoded) : format === 'md' ? extractMarkdown(decoded) : undefined;
  const text = extracted ? extracted.text : decoded;
  if (text.trim() === '')
    throw refused(
      path,
      'INPUT_EMPTY',
      `has no text outside its ${format === 'html' ? 'HTML' : 'Markdown'} markup`,
    );
  return {
    id: documentId(path),
    path,
    format,
    encoding,
    bytes: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    text,
    hints: extracted ? extracted.hints : [],
    ...(extracted?.pageTitle ? { pageTitle: extracted.pageTitle } : {}),
  };
}

/** The bytes of one document file, refusing what is no regular file or too large to be one. */
export function readBytes(path: string): Uint8Array {
  const stats = statFound(path, lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() === true);
  if (!stats.isFile()) throw refused(path, 'INPUT_UNREADABLE', 'is not a regular file');
  if (stats.size > MAX_DOCUMENT_BYTES)
    throw refused(
      path,
      'INPUT_TOO_LARGE',
      `is ${Math.round(stats.size / 2 ** 20)} MiB; documents over ${MAX_DOCUMENT_BYTES / 2 ** 20} MiB are not read`,
    );
  try {
    return readFileSync(path);
  } catch (error) {
    const problem = fileProblem(error);
    throw refused(path, problem.code, problem.reason);
  }
}

export function readDocument(path: string, options: Pick<ReadOptions, 'encoding'> = {}): SourceDocument {
  return toSourceDocument(path, readBytes(path), options);
}

export interface ReadResult {
  documents: SourceDocument[];
  refused: Refusal[];
}

/** Reads every document of the inputs; refused files are listed (or, `strict`, thrown). */
export function readInputs(inputs: readonly string[], options: ReadOptions = {}): ReadResult {
  const listing = listInputs(inputs, options);
  const refusedFiles = [...listing.refused];
  const documents: SourceDocument[] = [];
  for (const path of listing.paths) {
    const document = readListed(path, options, refusedFiles);
    if (document) documents.push(document);
  }
  return { documents, refused: refusedFiles };
}

/**
 * One document of a listing, read when it is needed (a large run reads them one by one): a file
 * that cannot be read is added to `refusals` and gives undefined (or, `strict`, is thrown).
 */
export function readListed(
  path: string,
  options: ReadOptions,
  refusals: Refusal[],
): SourceDocument | undefined {
  try {
    return readDocument(path, options);
  } catch (caught) {
    // A file removed since the listing is refused like any unreadable one, not a usage error.
    const error =
      isDialogueStanceError(caught) && caught.code === 'INPUT_NOT_FOUND'
        ? refused(path, 'INPUT_UNREADABLE', 'cannot be read: it was removed during the run')
        : caught;
    if (!isRefusal(error) || options.strict) throw error;
    const refusal = toRefusal(path, error);
    refusals.push(refusal);
    options.onRefused?.(refusal);
    return undefined;
  }
}

/** Reads every document of the inputs; the first file that cannot be read is thrown. */
export function readDocuments(inputs: readonly string[], options: ReadOptions = {}): SourceDocument[] {
  return readInputs(inputs, { ...options, strict: true }).documents;
}
