// Shared test fixtures: a plain-text SourceDocument made from a string, as ingestion would make it.
import { main } from '../src/cli.js';
import type { SourceDocument } from '../src/types.js';

export function textSource(text: string, id = 'test'): SourceDocument {
  return { id, path: `${id}.txt`, format: 'txt', bytes: text.length, sha256: '', text, hints: [] };
}

/** The report files every `analyze` run writes, in name order. */
export const REPORT_FILES = [
  'changes.csv',
  'crosslang.csv',
  'documents.csv',
  'meetings.csv',
  'review.html',
  'run.json',
  'sentences.csv',
  'shares.svg',
  'statements.csv',
  'trends-wide.csv',
  'trends.csv',
  'trends.svg',
  'unmatched.csv',
];

/** Runs the CLI in-process on `argv`, capturing what it prints. */
export async function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}
