// Shared test fixtures: a plain-text SourceDocument made from a string, as ingestion would make it.
import type { SourceDocument } from '../src/types.js';

export function textSource(text: string, id = 'test'): SourceDocument {
  return { id, path: `${id}.txt`, format: 'txt', bytes: text.length, sha256: '', text, hints: [] };
}
