// One error type for everything a user can cause (bad input, bad codebook, bad option). The CLI
// prints `message` as one line and exits non-zero; anything else is a bug and keeps its stack.

export type ErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_UNSUPPORTED'
  | 'INPUT_DUPLICATE_ID'
  | 'INPUT_EMPTY'
  | 'INPUT_DECODE'
  | 'INPUT_BINARY'
  | 'METADATA_INVALID'
  | 'CODEBOOK_INVALID'
  | 'GOLD_INVALID'
  | 'GOLD_NOT_EVALUATED'
  | 'OPTION_INVALID'
  | 'STATS_INVALID'
  | 'OUTPUT_WRITE';

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
