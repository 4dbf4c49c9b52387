// One error type for everything a user can cause (bad input, bad codebook, bad option). The CLI
// prints `message` as one line and exits non-zero; anything else is a bug and keeps its stack.

export type ErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_UNSUPPORTED'
  | 'INPUT_DUPLICATE_ID'
  | 'INPUT_NONE'
  | 'INPUT_EMPTY'
  | 'INPUT_DECODE'
  | 'INPUT_ENCODING_UNKNOWN'
  | 'INPUT_BINARY'
  | 'INPUT_UNREADABLE'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_SYMLINK_BROKEN'
  | 'INPUT_SYMLINK_LOOP'
  | 'METADATA_INVALID'
  | 'CODEBOOK_INVALID'
  | 'GOLD_INVALID'
  | 'OPTION_INVALID'
  | 'OUTPUT_WRITE'
  | 'OUTPUT_LOCKED';

/**
 * The codes that refuse one input file: the run names it and goes on with the others (exit 1),
 * unless `--strict`. Every other code stops the run before anything is written (exit 2).
 */
export const REFUSAL_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'INPUT_EMPTY',
  'INPUT_DECODE',
  'INPUT_ENCODING_UNKNOWN',
  'INPUT_BINARY',
  'INPUT_UNREADABLE',
  'INPUT_TOO_LARGE',
  'INPUT_SYMLINK_BROKEN',
  'INPUT_SYMLINK_LOOP',
]);

export class DialogueStanceError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'DialogueStanceError';
    this.code = code;
  }
}

export function isDialogueStanceError(error: unknown): error is DialogueStanceError {
  return error instanceof DialogueStanceError;
}

export function isRefusal(error: unknown): error is DialogueStanceError {
  return isDialogueStanceError(error) && REFUSAL_CODES.has(error.code);
}

/**
 * `text` on one line: control characters (a newline in a file name, say) shown as escapes, so a
 * message naming any path stays one line on stderr.
 */
export function oneLine(text: string): string {
  let line = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    line += code < 0x20 || code === 0x7f ? JSON.stringify(char).slice(1, -1) : char;
  }
  return line;
}
